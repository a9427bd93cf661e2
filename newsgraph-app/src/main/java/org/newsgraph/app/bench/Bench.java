package org.newsgraph.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.embed.SentenceEmbedder;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.ingest.IngestItem;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Pipeline;

/**
 * Measures analyze against plain CoreNLP on the same texts in one process. The two arms take
 * turns, round after round and in alternating order, so that whatever else the machine does
 * weighs on both alike; the first round of each is a warm-up and is not counted.
 */
public final class Bench {

    /** The plain toolkit run on one text, returning its token count. */
    public interface Baseline {
        long annotate(String text, Optional<LocalDate> documentDate);
    }

    /** One analyze run of the articles in {@code input} into a new store in {@code storeDir}, on {@code threads}. */
    public interface Analysis {
        RunSummary analyze(Path input, Path storeDir, int threads) throws IOException;
    }

    private final Pipeline textOnly;
    private final IngestConfig ingest;
    private final Supplier<SentenceEmbedder> embedder;
    private final Analysis analysis;
    private final Baseline baseline;
    private final int threads;
    private final Duration minimum;
    private final Consumer<String> log;

    /**
     * @param textOnly the text half of analyze's recipe: what the baseline is given
     * @param ingest   how articles are read, as analyze reads them
     * @param embedder the sentence embedder clustering uses, loaded when its time is measured
     * @param analysis analyze itself
     * @param baseline the plain toolkit
     * @param threads  how many articles analyze analyses at once in its third arm (1: no third arm);
     *                 the ratio compares analyze on one thread with the toolkit on one
     */
    public Bench(Pipeline textOnly, IngestConfig ingest, Supplier<SentenceEmbedder> embedder, Analysis analysis,
            Baseline baseline, int threads, Duration minimum, Consumer<String> log) {
        this.textOnly = textOnly;
        this.ingest = ingest;
        this.embedder = embedder;
        this.analysis = analysis;
        this.baseline = baseline;
        this.threads = threads;
        this.minimum = minimum;
        this.log = log;
    }

    public BenchReport run(Path dir) throws IOException {
        List<Text> texts = texts(dir);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no readable articles in " + dir);
        }
        log.accept("warming up on " + texts.size() + " articles");
        corenlpRound(texts);
        analyzeRound(dir, 1);
        resetPeaks();
        Tally analyze = new Tally();
        Tally corenlp = new Tally();
        int round = 0;
        while (analyze.seconds + corenlp.seconds < minimum.toNanos() / 1e9) {
            // A B, then B A: neither arm always runs first, on a warmer or a quieter machine
            if (round % 2 == 0) {
                corenlp.add(corenlpRound(texts));
                analyze.add(analyzeRound(dir, 1));
            } else {
                analyze.add(analyzeRound(dir, 1));
                corenlp.add(corenlpRound(texts));
            }
            log.accept(String.format(java.util.Locale.ROOT, "round %d: %.1f s so far", ++round,
                    analyze.seconds + corenlp.seconds));
        }
        long peak = peakHeap();
        BenchReport.Arm parallel = null;
        if (threads > 1) {
            // as many rounds on several threads as were run on one, after them: the heap peak above is one thread's
            Tally several = new Tally();
            analyzeRound(dir, threads);
            for (int i = 0; i < round; i++) {
                several.add(analyzeRound(dir, threads));
            }
            parallel = several.arm();
        }
        return new BenchReport(analyze.arm(), corenlp.arm(), peak, texts.size(), embedMillis(texts), parallel,
                threads);
    }

    /**
     * The mean time to embed one article's head (the first 400 characters: a title and a lead, as
     * clustering embeds them), over at least 50 embeddings after a warm-up: a part of analyze's
     * time, shown apart.
     */
    private double embedMillis(List<Text> texts) {
        SentenceEmbedder embedder = this.embedder.get();
        texts.forEach(t -> embedder.embed(head(t.text)));
        int count = 0;
        long start = System.nanoTime();
        while (count < Math.max(50, texts.size())) {
            embedder.embed(head(texts.get(count % texts.size()).text));
            count++;
        }
        return (System.nanoTime() - start) / 1e6 / count;
    }

    private static String head(String text) {
        return text.substring(0, Math.min(text.length(), 400));
    }

    /** The texts analyze would hand to the annotator: extracted and normalised, with their anchor dates. */
    private List<Text> texts(Path dir) {
        ArticleReader reader = new ArticleReader(ingest);
        List<Text> texts = new ArrayList<>();
        for (InputFile file : new InputScanner(ingest).scan(List.of(dir)).files()) {
            reader.read(file, item -> {
                if (item instanceof IngestItem.Accepted accepted) {
                    Document doc = textOnly.run(Document.of(accepted.source()));
                    if (!doc.text().isBlank()) {
                        texts.add(new Text(doc.text(), accepted.source().title(), accepted.source().published().wholeDay()));
                    }
                }
            });
        }
        return texts;
    }

    private Tally corenlpRound(List<Text> texts) {
        Tally tally = new Tally();
        long start = System.nanoTime();
        for (Text t : texts) {
            tally.tokens += baseline.annotate(t.text, t.anchor);
            if (t.title != null && !t.title.isBlank()) {
                baseline.annotate(t.title, t.anchor); // analyze annotates the title too; its tokens are not counted there either
            }
            tally.articles++;
        }
        tally.seconds = (System.nanoTime() - start) / 1e9;
        return tally;
    }

    /** One analyze run into a new, empty store, so that nothing is skipped as already stored. */
    private Tally analyzeRound(Path dir, int threads) throws IOException {
        Path storeDir = Files.createTempDirectory("newsgraph-bench");
        try {
            long start = System.nanoTime();
            RunSummary summary = analysis.analyze(dir, storeDir, threads);
            Tally tally = new Tally();
            tally.seconds = (System.nanoTime() - start) / 1e9;
            tally.articles = summary.processed();
            tally.tokens = summary.tokens();
            return tally;
        } finally {
            deleteTree(storeDir);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getPeakUsage() != null)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private record Text(String text, String title, Optional<LocalDate> anchor) {}

    /** Running totals of one arm. */
    private static final class Tally {
        long articles;
        long tokens;
        double seconds;

        void add(Tally round) {
            articles += round.articles;
            tokens += round.tokens;
            seconds += round.seconds;
        }

        BenchReport.Arm arm() {
            return new BenchReport.Arm(articles, tokens, seconds);
        }
    }
}
