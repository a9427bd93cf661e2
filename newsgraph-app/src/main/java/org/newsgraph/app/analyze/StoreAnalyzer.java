package org.newsgraph.app.analyze;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.corpus.CorpusPipeline;
import org.newsgraph.app.search.StoreState;
import org.newsgraph.dedup.DedupConfig;
import org.newsgraph.dedup.NearDuplicateDetector;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.store.ArticleStore;

/**
 * The analyze use case: analyses inputs into a store one article at a time, then brings the
 * store's corpus model up to date once for the whole run. With no inputs, only brings the corpus
 * model up to date: what a stopped run left undone.
 */
public final class StoreAnalyzer {

    private final IngestConfig ingest;
    private final DedupConfig dedup;
    private final Function<NlpAnnotator, Recipe> recipe;
    private final Function<ArticleStore, CorpusPipeline> corpus;
    private final int threads;

    /**
     * @param recipe  the per-article recipe over an annotator
     * @param corpus  the corpus recipe over a store
     * @param threads how many articles are analysed at once by default
     */
    public StoreAnalyzer(IngestConfig ingest, DedupConfig dedup, Function<NlpAnnotator, Recipe> recipe,
            Function<ArticleStore, CorpusPipeline> corpus, int threads) {
        this.ingest = ingest;
        this.dedup = dedup;
        this.recipe = recipe;
        this.corpus = corpus;
        this.threads = threads;
    }

    /** Analyses the inputs into the store, then brings its corpus model up to date. */
    public RunSummary analyze(List<Path> inputs, ArticleStore store, NlpAnnotator annotator,
            ProgressListener listener) {
        return analyze(inputs, store, annotator, listener, threads);
    }

    /** As {@link #analyze(List, ArticleStore, NlpAnnotator, ProgressListener)}, on {@code threads}. */
    public RunSummary analyze(List<Path> inputs, ArticleStore store, NlpAnnotator annotator,
            ProgressListener listener, int threads) {
        String before = StoreState.of(store);
        RunSummary run = store(inputs, store, annotator, listener, threads);
        long start = System.nanoTime();
        CorpusUpdate update = updateCorpus(store);
        return run.withCorpusEntities(update.entities().entities(), update.entities().merges().size(),
                Duration.ofNanos(System.nanoTime() - start)).withClusters(update.clusters().clusters())
                .withSearchChanges(update.searchChanges(before));
    }

    /** Analyses and stores the inputs, one article at a time: analyze before its corpus update. */
    public RunSummary store(List<Path> inputs, ArticleStore store, NlpAnnotator annotator,
            ProgressListener listener, int threads) {
        Analyzer analyzer = new Analyzer(new InputScanner(ingest), new ArticleReader(ingest), recipe.apply(annotator),
                new NearDuplicateDetector(dedup, store.seenArticles()), store, listener, threads);
        return analyzer.run(inputs);
    }

    /**
     * Brings the store's corpus model up to date with its articles, as analyze does at the end of
     * every run; reads never do.
     */
    public CorpusUpdate updateCorpus(ArticleStore store) {
        return CorpusUpdate.of(corpus.apply(store).run());
    }
}
