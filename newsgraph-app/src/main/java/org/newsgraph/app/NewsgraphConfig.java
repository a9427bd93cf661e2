package org.newsgraph.app;

import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.lingua.LinguaConfig;

/** Everything that can be configured, typed, parsed once at the edge. */
public record NewsgraphConfig(IngestConfig ingest, LinguaConfig language, CoreNlpConfig nlp) {

    public static NewsgraphConfig defaults() {
        return new NewsgraphConfig(IngestConfig.defaults(), LinguaConfig.defaults(), CoreNlpConfig.defaults());
    }

    public NewsgraphConfig withIngest(IngestConfig newIngest) {
        return new NewsgraphConfig(newIngest, language, nlp);
    }
}
