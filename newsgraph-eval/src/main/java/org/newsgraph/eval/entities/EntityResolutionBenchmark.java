package org.newsgraph.eval.entities;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityRef;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.Gazetteer;

/**
 * Times {@link EntityResolver#resolve} on the first 1,000 and on all 10,000 articles of a
 * synthetic corpus of real names ({@link ResolutionGold}), as export runs it: once over every
 * article. Each size is timed after a warm-up run of both, as the least of a few runs; the report
 * also scores the clusters against the real entity behind each article entity, by pairs.
 */
public final class EntityResolutionBenchmark {

    public static final int SMALL = 1_000;
    public static final int LARGE = 10_000;
    public static final long SEED = 20_260_101L;
    public static final int RUNS = 3;
    /** Cities of at least this many people are in the pool of places. */
    static final long MIN_POPULATION = 15_000;

    private EntityResolutionBenchmark() {}

    /** Builds the corpus and prints the report. Arguments, optional: the large size, then the runs per size. */
    public static void main(String[] args) {
        int large = args.length > 0 ? Integer.parseInt(args[0]) : LARGE;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : RUNS;
        System.out.println(run(corpus(sharedData(), large), Math.min(SMALL, large / 10), runs).render());
    }

    /** The synthetic corpus of {@code size} articles, from the names in {@code data}. */
    public static ResolutionGold corpus(Path data, int size) {
        return ResolutionGold.build(RealNames.read(data, MIN_POPULATION), Gazetteer.geonames(), size, SEED);
    }

    /** The shared data folder, beside the repository root that the build names. */
    static Path sharedData() {
        String root = System.getProperty("newsgraph.root", ".");
        return Path.of(root).toAbsolutePath().normalize().resolveSibling("shared").resolve("data");
    }

    /** Times resolution on the first {@code small} articles and on all, least of {@code runs} runs each, after a warm-up. */
    public static ResolutionReport run(ResolutionGold corpus, int small, int runs) {
        ResolutionGold first = corpus.first(small);
        time(first, 1);
        time(corpus, 1);
        ResolutionReport.Size smallSize = measure(first, runs);
        ResolutionReport.Size largeSize = measure(corpus, runs);
        return new ResolutionReport(smallSize, largeSize, runs);
    }

    private static ResolutionReport.Size measure(ResolutionGold corpus, int runs) {
        long[] least = time(corpus, runs);
        List<EntityCluster> clusters = new EntityResolver().resolve(corpus.articles());
        return new ResolutionReport.Size(corpus.articles().size(), corpus.entities(), clusters.size(),
                least[0] / 1e6, least[1] / 1e6, PairwiseScore.allPairs(items(corpus, clusters)));
    }

    /** The least wall and CPU nanoseconds of {@code runs} resolutions of the whole corpus. */
    private static long[] time(ResolutionGold corpus, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] least = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int r = 0; r < runs; r++) {
            System.gc();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            List<EntityCluster> clusters = new EntityResolver().resolve(corpus.articles());
            least[0] = Math.min(least[0], System.nanoTime() - start);
            least[1] = Math.min(least[1], threads.getCurrentThreadCpuTime() - cpu);
            if (clusters.isEmpty()) {
                throw new IllegalStateException("no entities resolved from " + corpus.articles().size() + " articles");
            }
        }
        return least;
    }

    /** Each article entity with its real entity and its cluster. */
    private static List<PairwiseScore.Item> items(ResolutionGold corpus, List<EntityCluster> clusters) {
        Map<EntityRef, Integer> clusterOf = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (EntityRef ref : clusters.get(c).members()) {
                clusterOf.put(ref, c);
            }
        }
        List<PairwiseScore.Item> items = new ArrayList<>();
        corpus.truth().forEach((ref, real) -> {
            Integer cluster = clusterOf.get(ref);
            items.add(new PairwiseScore.Item(Long.toString(ref.article()), Integer.toString(real),
                    cluster == null ? "alone " + ref : Integer.toString(cluster)));
        });
        return items;
    }
}
