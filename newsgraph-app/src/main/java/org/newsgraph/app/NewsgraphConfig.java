package org.newsgraph.app;

import java.util.Set;
import org.newsgraph.cluster.ClusterConfig;
import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.dedup.DedupConfig;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.lingua.LinguaConfig;

/**
 * Everything that can be configured, typed, parsed once at the edge. {@code threads}: how many
 * articles analyze analyses at once (what it stores does not depend on it).
 */
public record NewsgraphConfig(IngestConfig ingest, LinguaConfig language, DedupConfig dedup, CoreNlpConfig nlp,
        ClusterConfig clusters, int threads) {

    /** At most this many articles at once by default: each holds its CoreNLP annotation in memory. */
    public static final int MAX_DEFAULT_THREADS = 4;

    public NewsgraphConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** The defaults, analysing as many articles at once as there are processors, up to 4. */
    public static NewsgraphConfig defaults() {
        return new NewsgraphConfig(IngestConfig.defaults(), LinguaConfig.defaults(), DedupConfig.defaults(),
                CoreNlpConfig.defaults(), ClusterConfig.defaults(),
                Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    public NewsgraphConfig withThreads(int newThreads) {
        return new NewsgraphConfig(ingest, language, dedup, nlp, clusters, newThreads);
    }

    public NewsgraphConfig withLanguage(LinguaConfig newLanguage) {
        return new NewsgraphConfig(ingest, newLanguage, dedup, nlp, clusters, threads);
    }

    /** Language identification among these ISO 639-1 codes, as fast or as careful as before. */
    public NewsgraphConfig withLanguages(Set<String> codes) {
        return withLanguage(new LinguaConfig(codes, language.lowAccuracy()));
    }

    public NewsgraphConfig withIngest(IngestConfig newIngest) {
        return new NewsgraphConfig(newIngest, language, dedup, nlp, clusters, threads);
    }

    public NewsgraphConfig withNlp(CoreNlpConfig newNlp) {
        return new NewsgraphConfig(ingest, language, dedup, newNlp, clusters, threads);
    }

    /** The same, with CoreNLP's dependency parser on or off (off by default: no rule reads a parse). */
    public NewsgraphConfig withDependencyParse(boolean on) {
        return withNlp(nlp.withDependencies(on));
    }

    public NewsgraphConfig withClusters(ClusterConfig newClusters) {
        return new NewsgraphConfig(ingest, language, dedup, nlp, newClusters, threads);
    }
}
