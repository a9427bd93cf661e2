package org.newsgraph.app;

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

    public NewsgraphConfig withIngest(IngestConfig newIngest) {
        return new NewsgraphConfig(newIngest, language, dedup, nlp, clusters);
    }

    public NewsgraphConfig withClusters(ClusterConfig newClusters) {
        return new NewsgraphConfig(ingest, language, dedup, nlp, newClusters);
    }
}
