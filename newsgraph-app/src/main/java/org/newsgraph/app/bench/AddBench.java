package org.newsgraph.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.app.analyze.Outcome;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.app.corpus.CorpusRun;
import org.newsgraph.app.search.SearchUpdate;
import org.newsgraph.store.ArticleStore;

/**
 * Measures adding one article to a large store as analyze adds it: a small folder is analysed into
 * a template store, copies of it fill a real store to each size ({@link SyntheticCorpus}), whose
 * corpus model and search index are then brought up to date; then, a few rounds at each size, one
 * new article is analysed and stored, the corpus model is brought up to date step by step and the
 * search index after it, each part timed. The new article of a round is made of the template's
 * paragraphs drawn at random from its articles, so that it names their entities but is a copy of
 * none (dedup would otherwise skip its analysis). A store of a size that {@code work} holds from
 * an earlier run is taken up again, with the articles earlier rounds added.
 */
public final class AddBench {

    /** Where a sentence ends: after a full stop, question or exclamation mark and space. */
    /** The chance that a template sentence is in a new article. */
    private static final double KEPT = 0.25;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    /** The parts of analyze measured, each as analyze runs it on the store given. */
    public interface Steps {
        /** Analyses and stores the articles of {@code input}: analyze before its corpus update. */
        RunSummary store(Path input, ArticleStore store);

        /** Brings the corpus model up to date, as analyze does at the end of its run. */
        CorpusRun corpus(ArticleStore store);

        /** The store's search state, which analyze reads before it stores its articles. */
        String searchState(ArticleStore store);

        /**
         * Brings the search index of the store in {@code dir} up to date, as analyze does after it:
         * by what {@code run} changed from the state {@code before} (null: not known).
         */
        SearchUpdate search(ArticleStore store, Path dir, String before, CorpusRun run);
    }

    private final Bench.Analysis analysis;
    private final Function<Path, ArticleStore> writer;
    private final Steps steps;
    private final Consumer<String> log;

    /**
     * @param analysis analyze, to make the template store from real articles
     * @param writer   opens a store to write
     * @param steps    the parts of analyze timed
     */
    public AddBench(Bench.Analysis analysis, Function<Path, ArticleStore> writer, Steps steps, Consumer<String> log) {
        this.analysis = analysis;
        this.writer = writer;
        this.steps = steps;
        this.log = line -> log.accept("add: " + line);
    }

    /**
     * Makes (or takes up) a store of copies of {@code articles} in {@code work} at each of
     * {@code sizes} and times {@code rounds} additions of one article to each, after one round at
     * the first size that is not counted (it loads the models).
     */
    public AddBenchReport run(Path articles, List<Integer> sizes, Path work, int rounds) throws IOException {
        if (rounds < 1) {
            throw new IllegalArgumentException("at least one round: " + rounds);
        }
        Path template = work.resolve("template");
        if (!Files.isDirectory(template)) {
            log.accept("analysing " + articles + " into the template store");
            analysis.analyze(articles, template, 1);
        }
        List<String> texts = texts(articles);
        List<AddBenchReport.Size> measured = new ArrayList<>();
        boolean warm = false;
        for (int size : sizes) {
            Path dir = work.resolve("store-" + size);
            double settled = settle(template, dir, size);
            List<AddBenchReport.Round> done = new ArrayList<>();
            for (int round = warm ? 0 : -1; round < rounds; round++) {
                AddBenchReport.Round r = round(texts, dir, work.resolve("added"), size);
                log.accept((round < 0 ? "warm-up " : "") + r.render());
                if (round >= 0) {
                    done.add(r);
                }
            }
            warm = true;
            measured.add(new AddBenchReport.Size(size, settled, done));
        }
        return new AddBenchReport(measured);
    }

    /**
     * Fills the store to {@code size} unless it holds that many copies already, then brings its
     * corpus model and search index up to date; how long that last part took, in seconds.
     */
    private double settle(Path template, Path dir, int size) {
        SyntheticCorpus corpus;
        try (ArticleStore t = writer.apply(template)) {
            corpus = new SyntheticCorpus(t);
        }
        try (ArticleStore store = writer.apply(dir)) {
            if (store.heads(List.of(1L)).isEmpty()) {
                log.accept("filling " + dir + " with " + size + " articles");
                corpus.grow(store, size, log);
            } else {
                corpus.resume(store, size);
                log.accept("taking up the store of " + size + " articles in " + dir);
            }
            long start = System.nanoTime();
            CorpusRun run = steps.corpus(store);
            SearchUpdate search = steps.search(store, dir, null, run);
            double seconds = (System.nanoTime() - start) / 1e9;
            log.accept(String.format(java.util.Locale.ROOT, "corpus model and search index brought up to date in %.1f s (%s; %s)",
                    seconds, run.times(), search.line()));
            return seconds;
        }
    }

    /** Adds one new article to the store and times each part. */
    private AddBenchReport.Round round(List<String> texts, Path dir, Path added, int size)
            throws IOException {
        Path input = Files.createDirectories(added.resolve(size + "-" + System.currentTimeMillis()));
        Files.writeString(input.resolve("added.txt"), article(texts, System.nanoTime(), input.getFileName().toString()),
                StandardCharsets.UTF_8);
        try (ArticleStore store = writer.apply(dir)) {
            Map<String, Double> millis = new LinkedHashMap<>();
            long start = System.nanoTime();
            String before = steps.searchState(store);
            millis.put("search state", (System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            RunSummary stored = steps.store(input, store);
            millis.put("analyze+store", (System.nanoTime() - start) / 1e6);
            CorpusRun run = steps.corpus(store);
            run.times().forEach(t -> millis.put(t.step(), t.elapsed().toNanos() / 1e6));
            start = System.nanoTime();
            SearchUpdate search = steps.search(store, dir, before, run);
            millis.put("search", (System.nanoTime() - start) / 1e6);
            String outcome = stored.count(Outcome.OK) == 1 ? "ok" : stored.count(Outcome.DUPLICATE) == 1 ? "duplicate"
                    : "not analysed";
            return new AddBenchReport.Round(size, outcome, millis, search.line());
        }
    }

    /**
     * The new article of a round: the first line of a template article drawn at random as its
     * title, then the template's sentences in turn (the second of each article, then the third of
     * each, ...), each kept with a chance of {@link #KEPT}, then a line naming the run; drawn with a
     * seed of the run's. Each keeps a share of every article's sentences of its own, so dedup finds
     * it a copy of none, nor of an earlier round.
     */
    static String article(List<String> texts, long seed, String run) {
        Random draw = new Random(seed);
        List<String[]> sentences = texts.stream().map(t -> SENTENCE_END.split(t.strip())).toList();
        StringBuilder text = new StringBuilder(sentences.get(draw.nextInt(sentences.size()))[0].lines().findFirst()
                .orElse("")).append("\n\n");
        int longest = sentences.stream().mapToInt(s -> s.length).max().orElse(0);
        int kept = 0;
        for (int i = 1; i < longest; i++) {
            for (String[] from : sentences) {
                if (i < from.length && draw.nextDouble() < KEPT) {
                    text.append(from[i].strip()).append(++kept % 4 == 0 ? "\n\n" : " ");
                }
            }
        }
        return text.append("\n\nThis article was added by the add bench, run ").append(run).append(".\n").toString();
    }

    /** The texts of the folder's text files, in the order of their names. */
    private static List<String> texts(Path articles) throws IOException {
        try (Stream<Path> files = Files.list(articles)) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no .txt articles in " + articles + " to make new ones of");
            }
            return texts;
        }
    }
}
