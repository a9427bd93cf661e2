package org.newsgraph.app;

import java.util.Set;
import org.newsgraph.cluster.ClusterConfig;
import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.dedup.DedupConfig;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.lingua.LinguaConfig;

/** Everything that can be configured, typed, parsed once at the edge. */
public record NewsgraphConfig(IngestConfig ingest, LinguaConfig language, DedupConfig dedup, CoreNlpConfig nlp,
        ClusterConfig clusters) {

    public static NewsgraphConfig defaults() {
        return new NewsgraphConfig(IngestConfig.defaults(), LinguaConfig.defaults(), DedupConfig.defaults(),
                CoreNlpConfig.defaults(), ClusterConfig.defaults());
    }

    public NewsgraphConfig withLanguage(LinguaConfig newLanguage) {
        return new NewsgraphConfig(ingest, newLanguage, dedup, nlp, clusters);
    }

    /** Language identification among these ISO 639-1 codes, as fast or as careful as before. */
    public NewsgraphConfig withLanguages(Set<String> codes) {
        return withLanguage(new LinguaConfig(codes, language.lowAccuracy()));
    }

    public NewsgraphConfig withIngest(IngestConfig newIngest) {
        return new NewsgraphConfig(newIngest, language, dedup, nlp, clusters);
    }

    public NewsgraphConfig withClusters(ClusterConfig newClusters) {
        return new NewsgraphConfig(ingest, language, dedup, nlp, newClusters);
    }
}
