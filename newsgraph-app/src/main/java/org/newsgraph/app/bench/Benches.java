package org.newsgraph.app.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.analyze.CorpusUpdate;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.app.analyze.StoreAnalyzer;
import org.newsgraph.app.corpus.CorpusPipeline;
import org.newsgraph.app.corpus.CorpusRun;
import org.newsgraph.app.search.SearchChanges;
import org.newsgraph.app.search.SearchIndexer;
import org.newsgraph.app.search.SearchUpdate;
import org.newsgraph.app.search.StoreState;
import org.newsgraph.cluster.ClusterConfig;
import org.newsgraph.embed.SentenceEmbedder;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.store.ArticleStore;

/**
 * The benches of analyze, clustering, the reads, serve and adding articles, each over what it
 * measures as the composition root wires it: analyze, the stores and search indexes it opens, the
 * corpus recipe. The caller hands these in; nothing here wires a stage or an adapter.
 */
public final class Benches {

    private final StoreAnalyzer analyzer;
    private final Function<Path, ArticleStore> writer;
    private final Function<Path, ArticleStore> reader;
    private final Function<Path, SearchIndex> searchIndex;
    private final Function<ArticleStore, CorpusPipeline> corpus;
    private final Consumer<String> log;

    /**
     * @param analyzer    analyze, as the CLI runs it
     * @param writer      opens a store to write
     * @param reader      opens a read-only view of a store
     * @param searchIndex opens the search index of the store in a folder
     * @param corpus      the corpus recipe over a store, as analyze runs it at the end of its run
     */
    public Benches(StoreAnalyzer analyzer, Function<Path, ArticleStore> writer, Function<Path, ArticleStore> reader,
            Function<Path, SearchIndex> searchIndex, Function<ArticleStore, CorpusPipeline> corpus,
            Consumer<String> log) {
        this.analyzer = analyzer;
        this.writer = writer;
        this.reader = reader;
        this.searchIndex = searchIndex;
        this.corpus = corpus;
        this.log = log;
    }

    /**
     * Analyze with {@code annotator} against {@code baseline}, the same toolkit run plainly, on the
     * text half of analyze's recipe ({@code textOnly}), for at least {@code minimum}.
     */
    public Bench analyze(Pipeline textOnly, IngestConfig ingest, Supplier<SentenceEmbedder> embedder,
            NlpAnnotator annotator, Bench.Baseline baseline, int threads, Duration minimum) {
        return new Bench(textOnly, ingest, embedder, analysis(annotator), baseline, threads, minimum, log);
    }

    /**
     * Places synthetic articles in the event clusters of a new store in {@code dir}, timing the
     * placement at each store size.
     */
    public ClusterBenchReport clusters(ClusterConfig config, Path dir, List<Integer> sizes) {
        try (ArticleStore store = writer.apply(dir)) {
            return new ClusterBench(config, log).run(store, sizes);
        }
    }

    /**
     * Measures the read commands on stores made of copies of articles analysed once with
     * {@code annotator} (docs/cli.md, bench); the export is run by the command line whose main
     * class is {@code cliMain}, in a child JVM.
     */
    public ReadBench reads(NlpAnnotator annotator, String cliMain) {
        return new ReadBench(analysis(annotator), writer, new StoreReads(reader), cliMain, log);
    }

    /**
     * Measures {@code server} over a store of copies of analysed articles while an analyze adds more
     * (docs/cli.md, bench); the command line whose main class is {@code cliMain} analyses and
     * reindexes in child JVMs.
     */
    public ServeBench serve(ServeBench.Server server, String cliMain) {
        return new ServeBench(writer, reader, server, cliMain, log);
    }

    /**
     * Measures adding one article at a time to stores of copies of analysed articles (docs/cli.md,
     * bench): the analysis and storing, each corpus step and the search index update, as analyze
     * runs them on one thread.
     */
    public AddBench add(NlpAnnotator annotator) {
        AddBench.Steps steps = new AddBench.Steps() {
            @Override
            public RunSummary store(Path input, ArticleStore store) {
                return analyzer.store(List.of(input), store, annotator, ProgressListener.SILENT, 1);
            }

            @Override
            public CorpusRun corpus(ArticleStore store) {
                return corpus.apply(store).run();
            }

            @Override
            public String searchState(ArticleStore store) {
                return StoreState.of(store);
            }

            @Override
            public SearchUpdate search(ArticleStore store, Path dir, String before, CorpusRun run) {
                SearchChanges changes = before == null ? SearchChanges.UNKNOWN
                        : CorpusUpdate.of(run).searchChanges(before);
                try (SearchIndex index = searchIndex.apply(dir)) {
                    return new SearchIndexer().update(store, index, changes, SearchIndexer.Progress.SILENT);
                }
            }
        };
        return new AddBench(analysis(annotator), writer, steps, log);
    }

    /** One analyze run with {@code annotator} into a new store, as the benches make their template stores. */
    private Bench.Analysis analysis(NlpAnnotator annotator) {
        return (input, storeDir, threads) -> {
            try (ArticleStore store = writer.apply(storeDir)) {
                return analyzer.analyze(List.of(input), store, annotator, ProgressListener.SILENT, threads);
            }
        };
    }
}
