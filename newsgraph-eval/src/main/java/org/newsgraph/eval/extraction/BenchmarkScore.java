package org.newsgraph.eval.extraction;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.newsgraph.eval.score.F1;

/**
 * The benchmark's figures over a set of pages: precision averaged over the pages with a
 * prediction, recall over the pages with gold text, and the F1 of those two averages (not the
 * average of per-page F1s).
 */
public record BenchmarkScore(int pages, double precision, double recall) {

    public static BenchmarkScore of(List<PageScore> scores) {
        return new BenchmarkScore(scores.size(),
                mean(scores, PageScore::hasPrediction, PageScore::precision),
                mean(scores, PageScore::hasGold, PageScore::recall));
    }

    public double f1() {
        return F1.of(precision, recall);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "pages=%d precision=%.4f recall=%.4f F1=%.4f",
                pages, precision, recall, f1());
    }

    private static double mean(List<PageScore> scores, Predicate<PageScore> counts, ToDoubleFunction<PageScore> value) {
        return scores.stream().filter(counts).mapToDouble(value).average().orElse(0);
    }
}
