package org.newsgraph.eval.entities;

import java.util.Locale;

/**
 * What the resolution benchmark measured at two corpus sizes. Time that grows as n log n from
 * the small size to the large one makes {@link #growth()} 1; below 1 is better than n log n.
 */
public record ResolutionReport(Size small, Size large, int runs) {

    /**
     * One corpus size.
     *
     * @param entities article entities resolved
     * @param clusters corpus entities found
     * @param ms       least wall-clock milliseconds of one resolution of the whole corpus
     * @param cpuMs    least CPU milliseconds of this thread, steadier on a busy machine
     * @param score    the clusters against the real entity behind each article entity, by pairs
     */
    public record Size(int articles, int entities, int clusters, double ms, double cpuMs, PairwiseScore score) {

        public double msPerArticle() {
            return ms / articles;
        }

        public double cpuMsPerArticle() {
            return cpuMs / articles;
        }
    }

    /** Large time over small time scaled by n log n: {@code t(N) / (t(n) * N/n * log N / log n)}. */
    public double growth() {
        return large.ms / (small.ms * nLogNFactor());
    }

    /** The same on CPU time. */
    public double cpuGrowth() {
        return large.cpuMs / (small.cpuMs * nLogNFactor());
    }

    private double nLogNFactor() {
        return (double) large.articles / small.articles * Math.log(large.articles) / Math.log(small.articles);
    }

    public String render() {
        return String.join("\n",
                row(small), row(large),
                String.format(Locale.ROOT, "growth %d -> %d over n log n: %.2f wall, %.2f cpu (1 = n log n; least of %d runs)",
                        small.articles, large.articles, growth(), cpuGrowth(), runs),
                String.format(Locale.ROOT, "against the real entities, %d articles: %s", large.articles, large.score));
    }

    private static String row(Size s) {
        return String.format(Locale.ROOT,
                "%6d articles, %7d article entities -> %6d entities: %8.1f ms (%.4f ms/article), cpu %8.1f ms (%.4f ms/article)",
                s.articles, s.entities, s.clusters, s.ms, s.msPerArticle(), s.cpuMs, s.cpuMsPerArticle());
    }
}
