package org.newsgraph.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.annotate.NlpStage;
import org.newsgraph.app.analyze.Analyzer;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.analyze.Recipe;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.app.bench.AddBench;
import org.newsgraph.app.bench.Bench;
import org.newsgraph.app.bench.ClusterBench;
import org.newsgraph.app.bench.ClusterBenchReport;
import org.newsgraph.app.bench.ReadBench;
import org.newsgraph.app.bench.ServeBench;
import org.newsgraph.app.bench.ReadBenchReport;
import org.newsgraph.app.clusters.ClusterCatalog;
import org.newsgraph.app.clusters.ListedCluster;
import org.newsgraph.app.clusters.ClusterUpdate;
import org.newsgraph.app.clusters.ClusterUpdater;
import org.newsgraph.app.clusters.ReclusterSummary;
import org.newsgraph.app.clusters.ReclusterWindow;
import org.newsgraph.app.clusters.WindowReclusterer;
import org.newsgraph.app.corpus.CorpusPart;
import org.newsgraph.app.corpus.CorpusPipeline;
import org.newsgraph.app.corpus.CorpusRun;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.entities.EntityUpdate;
import org.newsgraph.app.entities.EntityUpdater;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.events.EventUpdate;
import org.newsgraph.app.events.EventUpdater;
import org.newsgraph.app.claims.ClaimLister;
import org.newsgraph.app.claims.ListedClaim;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportRecords;
import org.newsgraph.app.export.ExportStreamer;
import org.newsgraph.app.export.ExportWriter;
import org.newsgraph.app.quotes.ListedQuote;
import org.newsgraph.app.quotes.QuoteLister;
import org.newsgraph.app.search.SearchChanges;
import org.newsgraph.app.search.SearchDocuments;
import org.newsgraph.app.search.SearchIndexer;
import org.newsgraph.app.search.SearchUpdate;
import org.newsgraph.app.search.StoreState;
import org.newsgraph.claim.ClaimExtractor;
import org.newsgraph.clean.BoilerplateCleaner;
import org.newsgraph.clean.CleanRules;
import org.newsgraph.clean.CleanerConfig;
import org.newsgraph.clean.DatelineReader;
import org.newsgraph.clean.OutletFinder;
import org.newsgraph.cluster.ArticleProfiler;
import org.newsgraph.cluster.ClusterConfig;
import org.newsgraph.cluster.ClusterDater;
import org.newsgraph.cluster.EventClusterer;
import org.newsgraph.cluster.ReclusterRule;
import org.newsgraph.cluster.Reclusterer;
import org.newsgraph.cluster.TermReader;
import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.dedup.NearDuplicateDetector;
import org.newsgraph.embed.SentenceEmbedder;
import org.newsgraph.event.EventConfig;
import org.newsgraph.event.EventExtractor;
import org.newsgraph.event.EventLexicon;
import org.newsgraph.extract.HtmlTextExtractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.language.LanguageTagger;
import org.newsgraph.lingua.LinguaLanguageIdentifier;
import org.newsgraph.model.ArticleTop;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.normalize.TextNormalizer;
import org.newsgraph.onnx.MiniLmEmbedder;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.quote.QuoteConfig;
import org.newsgraph.quote.QuoteFinder;
import org.newsgraph.quote.QuoteLexicon;
import org.newsgraph.resolve.AliasFinder;
import org.newsgraph.resolve.EntityIdKeeper;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.resolve.MentionGrouper;
import org.newsgraph.resolve.PlaceTyper;
import org.newsgraph.resolve.PlaceTyperConfig;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.search.lucene.LuceneSearchIndex;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEntities;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.store.StoreViews;
import org.newsgraph.store.sqlite.PooledReadViews;
import org.newsgraph.store.sqlite.SqliteArticleStore;
import org.newsgraph.story.EventMerger;
import org.newsgraph.story.StoryThreader;
import org.newsgraph.temporal.DaterConfig;
import org.newsgraph.temporal.DatingRules;
import org.newsgraph.temporal.PublicationDater;
import org.newsgraph.temporal.TimexNormalizer;

/** The composition root: the one place where stages, adapters and configuration meet. */
public final class Newsgraph {

    /** The cleaning rules, read and checked once: a broken rule file fails at start-up. */
    private static final CleanRules RULES = CleanRules.english();
    /** The formats, lexicons and patterns of publication dates, read and checked once. */
    private static final DatingRules DATING = DatingRules.english();
    /** The speech verbs, pronouns, quotation marks and cues of quotes, read and checked once. */
    private static final QuoteLexicon QUOTES = QuoteLexicon.english();
    /** The stop words of clustering, read and checked once. */
    private static final TermReader TERMS = TermReader.english();
    /** The event taxonomy, triggers and cues, read and checked once. */
    private static final EventLexicon EVENTS = EventLexicon.english();

    /** The search index's folder inside a store's. */
    public static final String SEARCH_FOLDER = "search";

    private final NewsgraphConfig config;
    private LanguageIdentifier languages;
    private SentenceEmbedder embedder;

    public Newsgraph(NewsgraphConfig config) {
        this.config = config;
    }

    /**
     * The analysis recipe, in pipeline order: the text every article gets, then the analysis of
     * articles that are not copies. Adding a stage is adding one line here.
     */
    public static Recipe recipe(LanguageIdentifier languages, NlpAnnotator annotator) {
        Pipeline text = textRecipe(languages);
        Pipeline.Builder analysis = Pipeline.continuing(text).then(new NlpStage(annotator));
        if (annotator.provides().contains(Facet.TIMEXES)) { // not when time expressions are turned off
            analysis.then(new TimexNormalizer());
        }
        analysis.then(new MentionGrouper())
                .then(new PlaceTyper(Gazetteer.geonames(), PlaceTyperConfig.defaults()))
                .then(new AliasFinder())
                .then(new QuoteFinder(QUOTES, QuoteConfig.defaults()))
                .then(new ClaimExtractor())
                .then(new EventExtractor(EVENTS, EventConfig.defaults()));
        return new Recipe(text, analysis.build());
    }

    /** The first half of the recipe: the cleaned text the annotator is given, with its language. */
    public static Pipeline textRecipe(LanguageIdentifier languages) {
        return Pipeline.builder()
                .then(new HtmlTextExtractor())
                .then(new TextNormalizer())
                .then(new BoilerplateCleaner(RULES, CleanerConfig.defaults()))
                .then(new OutletFinder(RULES))
                .then(new DatelineReader(RULES, ArticleTop.defaults()))
                .then(new LanguageTagger(languages))
                .then(new PublicationDater(DATING, DaterConfig.defaults()))
                .build();
    }

    public NewsgraphConfig config() {
        return config;
    }

    /** The CoreNLP annotator, loaded when first used; {@code beforeLoading} runs just before. */
    public NlpAnnotator coreNlp(Runnable beforeLoading) {
        return new LazyNlpAnnotator(CoreNlpAnnotator.LANGUAGES, CoreNlpAnnotator.facets(config.nlp()), () -> {
            beforeLoading.run();
            return CoreNlpAnnotator.shared(config.nlp());
        });
    }

    /** A benchmark of analyze against the same CoreNLP pipeline run plainly, loading the models now. */
    public Bench bench(Duration minimum, Consumer<String> log) {
        CoreNlpAnnotator corenlp = CoreNlpAnnotator.shared(config.nlp());
        Bench.Analysis analysis = (input, storeDir, threads) -> {
            try (ArticleStore store = openStore(storeDir)) {
                return analyze(List.of(input), store, corenlp, ProgressListener.SILENT, threads);
            }
        };
        return new Bench(textRecipe(languageIdentifier()), config.ingest(), this::sentenceEmbedder, analysis,
                corenlp::annotateRaw, config.threads(), minimum, log);
    }

    /**
     * Places synthetic articles in the event clusters of a new store in {@code dir}, timing the
     * placement at each store size.
     */
    public ClusterBenchReport clusterBench(Path dir, List<Integer> sizes, Consumer<String> log) {
        try (ArticleStore store = openStore(dir)) {
            return new ClusterBench(config.clusters(), log).run(store, sizes);
        }
    }

    /**
     * Measures the read commands on stores of each size made of copies of the articles in
     * {@code articles}, analysed once (docs/cli.md, bench), working in {@code work}; the export is run by
     * the command line whose main class is {@code cliMain}, in a child JVM.
     */
    public ReadBenchReport readBench(Path articles, Path work, List<Integer> sizes, String cliMain,
            Consumer<String> log) throws IOException {
        NlpAnnotator annotator = coreNlp(() -> log.accept("reads: loading the CoreNLP models"));
        Bench.Analysis analysis = (input, storeDir, threads) -> {
            try (ArticleStore store = openStore(storeDir)) {
                return analyze(List.of(input), store, annotator, ProgressListener.SILENT, threads);
            }
        };
        return new ReadBench(analysis, this::openStore, new BenchReads(), cliMain, log).run(articles, sizes, work);
    }

    /**
     * Measures {@code server} over a store of copies of analysed articles while an analyze adds more
     * (docs/cli.md, bench); the command line whose main class is {@code cliMain} analyses and
     * reindexes in child JVMs.
     */
    public ServeBench serveBench(ServeBench.Server server, String cliMain, Consumer<String> log) {
        return new ServeBench(this::openStore, this::openStoreReadOnly, server, cliMain, log);
    }

    /**
     * Measures adding one article at a time to stores of copies of the articles in {@code articles}
     * (docs/cli.md, bench): the analysis and storing, each corpus step and the search index update,
     * as analyze runs them on one thread.
     */
    public AddBench addBench(Consumer<String> log) {
        NlpAnnotator annotator = coreNlp(() -> log.accept("add: loading the CoreNLP models"));
        Bench.Analysis analysis = (input, storeDir, threads) -> {
            try (ArticleStore store = openStore(storeDir)) {
                return analyze(List.of(input), store, annotator, ProgressListener.SILENT, threads);
            }
        };
        AddBench.Steps steps = new AddBench.Steps() {
            @Override
            public RunSummary store(Path input, ArticleStore store) {
                return Newsgraph.this.store(List.of(input), store, annotator, ProgressListener.SILENT, 1);
            }

            @Override
            public CorpusRun corpus(ArticleStore store) {
                return corpusRecipe(store).run();
            }

            @Override
            public String searchState(ArticleStore store) {
                return Newsgraph.this.searchState(store);
            }

            @Override
            public SearchUpdate search(ArticleStore store, Path dir, String before, CorpusRun run) {
                SearchChanges changes = before == null ? SearchChanges.UNKNOWN
                        : new CorpusUpdate(run.report(EntityUpdate.class), run.report(ClusterUpdate.class),
                                run.report(EventUpdate.class)).searchChanges(before);
                try (SearchIndex index = openSearchIndex(dir)) {
                    return updateSearch(store, index, changes, SearchIndexer.Progress.SILENT);
                }
            }
        };
        return new AddBench(analysis, this::openStore, steps, log);
    }

    /**
     * The read use cases as the CLI's commands run them, each on a read-only view of its own:
     * {@code events} shows its default limit of events.
     */
    private final class BenchReads implements ReadBench.Reads {

        private static final int EVENTS_SHOWN = 1000;

        @Override
        public int events(Path dir) {
            try (ArticleStore store = openStoreReadOnly(dir)) {
                return Newsgraph.this.events(store).events(EventQuery.all(), EVENTS_SHOWN).events().size();
            }
        }

        @Override
        public int timeline(Path dir, String entity) {
            try (ArticleStore store = openStoreReadOnly(dir)) {
                Set<String> ids = entityIdsNamed(store, entity);
                return Newsgraph.this.events(store).timeline(new EventQuery(null, ids, null, null, false)).events()
                        .size();
            }
        }

        @Override
        public int entities(Path dir, String name) {
            try (ArticleStore store = openStoreReadOnly(dir)) {
                return Newsgraph.this.entities(store, new EntityQuery(null, name)).size();
            }
        }

        @Override
        public int story(Path dir, String id) {
            try (ArticleStore store = openStoreReadOnly(dir)) {
                return Newsgraph.this.events(store).story(id).map(s -> s.events().size()).orElse(-1);
            }
        }
    }

    /** Lingua, loaded once for this composition root. */
    public synchronized LanguageIdentifier languageIdentifier() {
        if (languages == null) {
            languages = new LinguaLanguageIdentifier(config.language());
        }
        return languages;
    }

    /** The sentence embedder of clustering, loaded once for this composition root. */
    public synchronized SentenceEmbedder sentenceEmbedder() {
        if (embedder == null) {
            embedder = new MiniLmEmbedder();
        }
        return embedder;
    }

    /**
     * Opens the store to write, making it if it is missing, or throws StoreLockedException when
     * another process writes it: writers exclude each other.
     */
    public ArticleStore openStore(Path dir) {
        return SqliteArticleStore.open(dir);
    }

    /**
     * Opens a read-only view of the store, one snapshot of it: it takes no lock, so it reads while
     * an analyze writes, and it never changes the store. Throws StoreNotFoundException when there
     * is no store, StoreVersionException when its schema is not this code's.
     */
    public ArticleStore openStoreReadOnly(Path dir) {
        return SqliteArticleStore.openReadOnly(dir);
    }

    /**
     * Read-only views of the store in {@code dir} from at most {@code kept} connections kept open:
     * for a process that reads it many times a second (serve). Close it when done.
     */
    public StoreViews storeViews(Path dir, int kept) {
        return new PooledReadViews(dir, kept);
    }

    /** A stamp of the store's files on disk: equal to one taken before when nothing was committed since. */
    public String storeStamp(Path dir) {
        return SqliteArticleStore.diskStamp(dir);
    }

    /**
     * Analyses the inputs into the store, one article at a time, then brings the corpus model up to
     * date once for the whole run. With no inputs, only brings the corpus model up to date: what a
     * stopped run left undone.
     */
    public RunSummary analyze(List<Path> inputs, ArticleStore store, NlpAnnotator annotator,
            ProgressListener listener) {
        return analyze(inputs, store, annotator, listener, config.threads());
    }

    private RunSummary analyze(List<Path> inputs, ArticleStore store, NlpAnnotator annotator,
            ProgressListener listener, int threads) {
        String before = searchState(store);
        RunSummary run = store(inputs, store, annotator, listener, threads);
        long start = System.nanoTime();
        CorpusUpdate update = updateCorpus(store);
        return run.withCorpusEntities(update.entities().entities(), update.entities().merges().size(),
                Duration.ofNanos(System.nanoTime() - start)).withClusters(update.clusters().clusters())
                .withSearchChanges(update.searchChanges(before));
    }

    /** Analyses and stores the inputs, one article at a time: analyze before its corpus update. */
    private RunSummary store(List<Path> inputs, ArticleStore store, NlpAnnotator annotator,
            ProgressListener listener, int threads) {
        Analyzer analyzer = new Analyzer(new InputScanner(config.ingest()), new ArticleReader(config.ingest()),
                recipe(languageIdentifier(), annotator), new NearDuplicateDetector(config.dedup(), store.seenArticles()),
                store, listener, threads);
        return analyzer.run(inputs);
    }

    /**
     * Brings the store's corpus model up to date with its articles, as analyze does at the end of
     * every run; reads never do.
     */
    public CorpusUpdate updateCorpus(ArticleStore store) {
        CorpusRun run = corpusRecipe(store).run();
        return new CorpusUpdate(run.report(EntityUpdate.class), run.report(ClusterUpdate.class),
                run.report(EventUpdate.class));
    }

    /**
     * The corpus recipe, in order, over the articles the store holds: the entities first, as the
     * clusters compare entities by their corpus ids; then the clusters, reclustering the window of
     * the articles just placed when the fitted rule says so ({@link ReclusterRule#analyze}); then the
     * events and stories, made of both. Adding a step is adding one line here.
     */
    public CorpusPipeline corpusRecipe(ArticleStore store) {
        ClusterConfig clustering = config.clusters();
        ClusterUpdater clusters = new ClusterUpdater(profiler(), new EventClusterer(store.eventClusters(), clustering),
                store, clustering.reportDays());
        ReclusterRule rule = ReclusterRule.bundled();
        return CorpusPipeline.from(CorpusPart.ARTICLES)
                .then(new EntityUpdater(new EntityResolver(), new EntityIdKeeper(), store))
                .then(rule.analyze() ? clusters.reclustering(reclusterer(store, rule, line -> { })) : clusters)
                .then(eventUpdater(store))
                .build();
    }

    /**
     * Decides the clusters of a window again by average linkage and applies the difference as merges
     * and splits, each in its own transaction (docs/clusters.md), then brings the events and stories
     * of the clusters it changed up to date. Run after analyze: it places nothing.
     */
    public ReclusterSummary recluster(ArticleStore store, ReclusterWindow window, ReclusterRule rule,
            Consumer<String> progress) {
        return reclusterRecipe(store, window, rule, progress).run().report(ReclusterSummary.class);
    }

    /**
     * The recipe of {@code recluster}: the window decided again over the entities and clusters as
     * stored, then the events and stories.
     */
    public CorpusPipeline reclusterRecipe(ArticleStore store, ReclusterWindow window, ReclusterRule rule,
            Consumer<String> progress) {
        return CorpusPipeline.from(CorpusPart.ARTICLES, CorpusPart.ENTITIES, CorpusPart.CLUSTERS)
                .then(reclusterer(store, rule, progress).over(window))
                .then(eventUpdater(store))
                .build();
    }

    private WindowReclusterer reclusterer(ArticleStore store, ReclusterRule rule, Consumer<String> progress) {
        return new WindowReclusterer(profiler(), new Reclusterer(store.eventClusters(), config.clusters(), rule), store,
                progress);
    }

    /** What clustering compares of an article: its terms, its entities' corpus ids, its embedding. */
    private ArticleProfiler profiler() {
        return new ArticleProfiler(TERMS, sentenceEmbedder(), config.clusters());
    }

    /** Merges the events of the clusters that changed, and threads the stories again. */
    private static EventUpdater eventUpdater(ArticleStore store) {
        return new EventUpdater(new ClusterDater(), eventMerger(), new StoryThreader(), store);
    }

    /** The merging of events across each cluster's reports, with the event stage's settings and lexicon. */
    private static EventMerger eventMerger() {
        return new EventMerger(EventConfig.defaults().reportedDays());
    }

    /**
     * The export of the store as one value in memory, as {@link #export} writes it (the same stream,
     * read back): for the uses that read all of it at once. Its size grows with the store; the export
     * file does not need it ({@link ExportStreamer}).
     */
    public ExportDocument exportOf(ArticleStore store) {
        try {
            return ExportWriter.document(store);
        } catch (IOException e) {
            throw new UncheckedIOException("the export of the store could not be read back from memory", e);
        }
    }

    /**
     * The export of one event cluster, read by query: its articles (copies included, each dated by
     * the cluster as the export dates it), the corpus entities they name with their mentions in
     * them, the cluster's events and the stories that hold one of them, ids as in the whole
     * export. What the page of one of its events shows, at any store size; it holds no rejection,
     * and no other cluster's article, entity mention or event.
     */
    public ExportDocument exportOfCluster(ArticleStore store, long cluster) {
        return exportOfClusters(store, List.of(cluster));
    }

    /**
     * The export of some event clusters, read by query, as {@link #exportOfCluster} reads one: what
     * a story's page shows (the clusters of its events), at any store size.
     */
    public ExportDocument exportOfClusters(ArticleStore store, Collection<Long> clusters) {
        return exportOfPart(store, clusters, List.of());
    }

    /**
     * The export of what one corpus entity's page shows, read by query: the articles that name it
     * (the {@code most} latest) with the clusters they are in, as {@link #exportOfClusters} reads
     * clusters, and the merges into it; empty when there is no such entity (merged away: the merge
     * says into which).
     */
    public Optional<ExportDocument> exportOfEntity(ArticleStore store, long entity, int most) {
        List<EntityRef> members = store.corpusEntities().latestMembers(List.of(entity), most).get(entity);
        if (members == null) {
            return Optional.empty();
        }
        Set<Long> articles = new TreeSet<>();
        members.forEach(m -> articles.add(m.article()));
        Set<Long> clusters = new TreeSet<>();
        articles.forEach(a -> store.eventClusters().clusterOf(a).ifPresent(clusters::add));
        ExportDocument part = exportOfPart(store, clusters, articles);
        List<ExportDocument.Merge> merges = store.corpusEntities().merges().stream().filter(m -> m.into() == entity)
                .map(ExportRecords::merge).toList();
        return Optional.of(new ExportDocument(part.version(), part.articles(), part.entities(), part.timexes(),
                part.events(), part.clusters(), part.stories(), part.quotes(), part.claims(), merges,
                part.clusterHistory()));
    }

    /** The export of some event clusters and some more articles, read by query. */
    private ExportDocument exportOfPart(ArticleStore store, Collection<Long> clusters, Collection<Long> more) {
        Set<Long> ids = new TreeSet<>(more);
        Map<Long, Long> clusterOf = new HashMap<>();
        List<CorpusEvent> events = new ArrayList<>();
        for (long cluster : new TreeSet<>(clusters)) {
            List<Long> members = store.eventClusters().members(cluster);
            ids.addAll(members);
            members.forEach(m -> clusterOf.put(m, cluster));
            events.addAll(store.corpusEvents().eventsOfCluster(cluster));
        }
        events.forEach(e -> ids.addAll(e.articles()));
        List<StoredArticle> articles = new ClusterDater().dated(store.articles(ids), clusterOf);
        return ExportStreamer.ofCluster(store, articles, store.corpusEntities().entitiesIn(ids), clusterOf, events,
                store.corpusEvents().storiesWith(events.stream().map(CorpusEvent::exportId).toList()));
    }

    /**
     * How the store's events and stories stand against its clusters, its entities and this code's
     * rules: reads answer with what is stored, and say so when it is not current.
     */
    public CorpusEvents.State corpusEventsState(ArticleStore store) {
        return store.corpusEvents().state(EventMerger.RULES, StoryThreader.RULES);
    }

    /**
     * The store's events and stories, as the export gives them, to list and look up: read by query
     * as they are asked for, never the whole export.
     */
    public EventCatalog events(ArticleStore store) {
        return EventCatalog.of(store);
    }

    /** The event clusters of the store, each with why its members are in it. */
    public ClusterCatalog clusters(ArticleStore store) {
        return ClusterCatalog.of(store);
    }

    /**
     * A page of the event clusters of at least {@code minSize} articles, oldest first, from the
     * {@code from}-th on, at most {@code count}, each with why its members are in it: read by query,
     * no article's text.
     */
    public List<ListedCluster> clusters(ArticleStore store, int minSize, int from, int count) {
        return ClusterCatalog.page(store, minSize, from, count);
    }

    /** How many event clusters have at least {@code minSize} articles, counted by query. */
    public int clusterCount(ArticleStore store, int minSize) {
        return ClusterCatalog.count(store, minSize);
    }

    /** One cluster by its export id ({@code c3}), read by query; empty when the store has none of that id. */
    public Optional<ListedCluster> cluster(ArticleStore store, String exportId) {
        return ClusterCatalog.cluster(store, exportId);
    }

    /**
     * The export ids of the corpus entities whose name or an alias has these words, as
     * {@code entities --name} matches them; null for a blank name, which asks for any entity.
     */
    public Set<String> entityIdsNamed(ArticleStore store, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return entities(store, new EntityQuery(null, name)).stream().map(EntitySummary::exportId).collect(Collectors.toSet());
    }

    /** The store's corpus entities that the query selects, in its order. */
    public List<EntitySummary> entities(ArticleStore store, EntityQuery query) {
        return query.select(store.corpusEntities());
    }

    /**
     * The store's quotes with their articles, in export order: all of them, or when {@code speaker}
     * is given those whose speaker's name or an alias has its words, as {@code entities --name} matches.
     */
    public List<ListedQuote> quotes(ArticleStore store, String speaker) {
        return new QuoteLister().list(store, entityIdsNamed(store, speaker));
    }

    /** The store's claims with their articles' files, in export order. */
    public List<ListedClaim> claims(ArticleStore store) {
        return new ClaimLister().list(store);
    }

    /**
     * The search index of the store in {@code storeDir} (its {@code search/} folder). Opening makes
     * nothing: a reader of a store without one is told so when it searches.
     */
    public SearchIndex openSearchIndex(Path storeDir) {
        return LuceneSearchIndex.open(storeDir.resolve(SEARCH_FOLDER));
    }

    /**
     * The state of the store a search index must record to be current: when {@link SearchIndex#state}
     * is another, the index is behind the store (or made by another newsgraph).
     */
    public String searchState(ArticleStore store) {
        return StoreState.of(store, corpusEventsState(store));
    }

    /**
     * Brings the search index up to date with the store, as analyze does after it stores its run:
     * rebuilds it from the export when the state it records is not the store's, or always with
     * {@code force} (reindex).
     */
    public SearchUpdate updateSearch(ArticleStore store, SearchIndex index, boolean force,
            SearchIndexer.Progress progress) {
        return new SearchIndexer().update(index, searchState(store), () -> exportOf(store), force, progress);
    }

    /**
     * Brings the search index up to date with the store after an analyze run: by the run's
     * {@code changes} alone when the index records the store's state before the run, else made
     * again from the export as {@link #updateSearch(ArticleStore, SearchIndex, boolean,
     * SearchIndexer.Progress)} does.
     */
    public SearchUpdate updateSearch(ArticleStore store, SearchIndex index, SearchChanges changes,
            SearchIndexer.Progress progress) {
        return new SearchIndexer().update(index, searchState(store), changes, c -> exportOfChanges(store, c),
                () -> exportOf(store), false, progress);
    }

    /**
     * The part of the export a run's changes touch, with the whole export's ids and dates: the
     * articles it stored and those whose sentences the events of its clusters cite as evidence, the
     * entities they name (the grown ones among them), those events. Read by query, never the whole.
     */
    private ExportDocument exportOfChanges(ArticleStore store, SearchChanges changes) {
        List<CorpusEvent> events = new ArrayList<>();
        changes.clusters().forEach(c -> events.addAll(store.corpusEvents().eventsOfCluster(c)));
        Set<Long> ids = new TreeSet<>(changes.articles());
        events.forEach(e -> e.evidence().stream().limit(SearchDocuments.EVIDENCE_SENTENCES)
                .forEach(v -> ids.add(v.article())));
        Map<Long, Long> clusterOf = store.eventClusters().assignment(ids);
        List<StoredArticle> articles = new ClusterDater().dated(store.articles(ids), clusterOf,
                store.earliestPublished(new TreeSet<>(clusterOf.values())));
        List<CorpusEntity> entities = store.corpusEntities().entitiesIn(ids);
        return ExportStreamer.ofCluster(store, articles, entities, clusterOf, events, List.of());
    }

    /**
     * Writes the export of the store to {@code target}, whole or not at all, streamed from its queries
     * a page at a time: its memory does not grow with the store.
     */
    public ExportStreamer.Written export(ArticleStore store, Path target) throws IOException {
        return new ExportWriter().write(store, target);
    }
}
