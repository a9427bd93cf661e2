package org.newsgraph.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongBiFunction;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.annotate.NlpStage;
import org.newsgraph.app.analyze.Recipe;
import org.newsgraph.app.analyze.StoreAnalyzer;
import org.newsgraph.app.clusters.ClusterUpdater;
import org.newsgraph.app.clusters.ReclusterWindow;
import org.newsgraph.app.clusters.WindowReclusterer;
import org.newsgraph.app.corpus.CorpusPart;
import org.newsgraph.app.corpus.CorpusPipeline;
import org.newsgraph.app.entities.EntityUpdater;
import org.newsgraph.app.events.EventUpdater;
import org.newsgraph.app.intake.ArticleIntake;
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
import org.newsgraph.embed.SentenceEmbedder;
import org.newsgraph.event.EventConfig;
import org.newsgraph.event.EventExtractor;
import org.newsgraph.event.EventLexicon;
import org.newsgraph.extract.HtmlTextExtractor;
import org.newsgraph.language.LanguageIdentifier;
import org.newsgraph.language.LanguageTagger;
import org.newsgraph.lingua.LinguaLanguageIdentifier;
import org.newsgraph.model.ArticleTop;
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
import org.newsgraph.store.StoreViews;
import org.newsgraph.store.sqlite.PooledReadViews;
import org.newsgraph.store.sqlite.SqliteArticleStore;
import org.newsgraph.story.EventIdKeeper;
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

    /**
     * The CoreNLP pipeline run plainly on one text, loading the models now: what the analyze bench
     * measures analyze against. Returns the text's token count.
     */
    public ToLongBiFunction<String, Optional<LocalDate>> plainCoreNlp() {
        return CoreNlpAnnotator.shared(config.nlp())::annotateRaw;
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

    /** The analyze use case: the articles of some inputs into a store, then its corpus model brought up to date. */
    public StoreAnalyzer analyzer() {
        return new StoreAnalyzer(config.ingest(), config.dedup(), annotator -> recipe(languageIdentifier(), annotator),
                this::corpusRecipe, config.threads());
    }

    /**
     * The intake of serve into the store in {@code store}: articles sent in, queued and analysed in the
     * background as analyze analyses them; {@code log} hears each batch analysed or failed.
     */
    public ArticleIntake intake(Path store, Consumer<String> log) {
        return new ArticleIntake(store, config.ingest(), analyzer(),
                () -> coreNlp(() -> log.accept("loading the CoreNLP models")), this::openStore, this::openSearchIndex, log);
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
        return new EventUpdater(new ClusterDater(), eventMerger(), new EventIdKeeper(), new StoryThreader(), store);
    }

    /** The merging of events across each cluster's reports, with the event stage's settings and lexicon. */
    private static EventMerger eventMerger() {
        return new EventMerger(EventConfig.defaults().reportedDays());
    }

    /**
     * The search index of the store in {@code storeDir} (its {@code search/} folder). Opening makes
     * nothing: a reader of a store without one is told so when it searches.
     */
    public SearchIndex openSearchIndex(Path storeDir) {
        return LuceneSearchIndex.open(storeDir.resolve(SEARCH_FOLDER));
    }
}
