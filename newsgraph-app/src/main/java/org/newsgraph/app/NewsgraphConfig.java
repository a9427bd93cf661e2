package org.newsgraph.app;

import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.dedup.DedupConfig;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.lingua.LinguaConfig;

/** Everything that can be configured, typed, parsed once at the edge. */
public record NewsgraphConfig(IngestConfig ingest, LinguaConfig language, DedupConfig dedup, CoreNlpConfig nlp) {

    public static NewsgraphConfig defaults() {
        return new NewsgraphConfig(IngestConfig.defaults(), LinguaConfig.defaults(), DedupConfig.defaults(),
                CoreNlpConfig.defaults());
    }

    public NewsgraphConfig withLanguage(LinguaConfig newLanguage) {
        return new NewsgraphConfig(ingest, newLanguage, dedup, nlp);
    }

    public NewsgraphConfig withIngest(IngestConfig newIngest) {
        return new NewsgraphConfig(newIngest, language, dedup, nlp);
    }
}
