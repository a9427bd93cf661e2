package org.newsgraph.eval.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsgraph.dedup.DedupConfig;
import org.newsgraph.dedup.InMemorySeenArticles;
import org.newsgraph.dedup.NearDuplicateDetector;

/**
 * Runs {@link NearDuplicateDetector} over a benchmark corpus the way the analyser will: each
 * article is checked, and remembered if it is not found to be a copy. Scores each detection
 * against the copy's own original and times each article, check and remember together.
 */
final class DedupBenchmark {

    static final int ARTICLES = 10_000;
    static final double COPY_SHARE = 0.2;
    static final long SEED = 20_260_101L;
    static final int WINDOW = 1_000;

    private DedupBenchmark() {}

    /**
     * Builds the corpus and prints the report of a warm-up run, which lets the JIT compile the
     * detector, then of five timed runs with each article's least cost over them. Arguments, all
     * optional: articles, then shingleWords hashes bands threshold.
     */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : ARTICLES;
        DedupConfig config = config(args);
        List<BenchArticle> corpus = BenchCorpus.build(sharedData(), size, COPY_SHARE, SEED);
        System.out.println(config);
        System.out.println("warm-up: " + run(corpus, config, 1));
        System.out.println("least of 5 runs: " + run(corpus, config, 5));
    }

    /** The configuration named by arguments 2 to 5 (shingleWords hashes bands threshold), or the defaults. */
    static DedupConfig config(String[] args) {
        return args.length > 4
                ? new DedupConfig(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                        Double.parseDouble(args[4]))
                : DedupConfig.defaults();
    }

    /** The shared data folder, beside the repository root that the build names. */
    static Path sharedData() {
        String root = System.getProperty("newsgraph.root", ".");
        return Path.of(root).toAbsolutePath().normalize().resolveSibling("shared").resolve("data");
    }

    /**
     * Runs the detector over the corpus {@code times} times, each time from an empty memory. An
     * article's cost is the least over the runs: what it takes when no other process interrupts.
     */
    static DedupReport run(List<BenchArticle> corpus, DedupConfig config, int times) {
        int n = corpus.size();
        long[][] costs = new long[3][n];
        for (long[] cost : costs) {
            Arrays.fill(cost, Long.MAX_VALUE);
        }
        int[] outcome = null;
        for (int t = 0; t < times; t++) {
            outcome = pass(corpus, config, costs);
        }
        int window = Math.min(WINDOW, n / 2);
        return new DedupReport(n, outcome[0], outcome[1], outcome[2], window,
                cost(corpus, costs, 0, window), cost(corpus, costs, n - window, n));
    }

    /** One run, lowering each article's costs; returns copies, detections and correct detections. */
    private static int[] pass(List<BenchArticle> corpus, DedupConfig config, long[][] costs) {
        CountingSeenArticles seen = new CountingSeenArticles(new InMemorySeenArticles());
        NearDuplicateDetector detector = new NearDuplicateDetector(config, seen);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int[] outcome = new int[3];
        for (int i = 0; i < corpus.size(); i++) {
            BenchArticle article = corpus.get(i);
            long candidates = seen.candidates();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Optional<Long> copyOf = detector.findCopy(article.text());
            if (copyOf.isEmpty()) {
                detector.remember(article.id(), article.text());
            }
            costs[0][i] = Math.min(costs[0][i], System.nanoTime() - start);
            costs[1][i] = Math.min(costs[1][i], threads.getCurrentThreadCpuTime() - cpu);
            costs[2][i] = seen.candidates() - candidates;
            outcome[0] += article.isCopy() ? 1 : 0;
            outcome[1] += copyOf.isPresent() ? 1 : 0;
            outcome[2] += copyOf.isPresent() && copyOf.get() == article.copyOf() ? 1 : 0;
        }
        return outcome;
    }

    private static DedupReport.Cost cost(List<BenchArticle> corpus, long[][] costs, int from, int to) {
        long originalNanos = 0;
        int originals = 0;
        for (int i = from; i < to; i++) {
            if (!corpus.get(i).isCopy()) {
                originalNanos += costs[1][i];
                originals++;
            }
        }
        return new DedupReport.Cost(mean(costs[0], from, to) / 1e6, mean(costs[1], from, to) / 1e6,
                mean(costs[2], from, to), originalNanos / 1e6 / Math.max(1, originals));
    }

    private static double mean(long[] values, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return (double) sum / (to - from);
    }
}
