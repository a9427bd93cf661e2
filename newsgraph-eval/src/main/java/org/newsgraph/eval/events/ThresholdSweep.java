package org.newsgraph.eval.events;

import java.util.Locale;

/**
 * The oracle: every cut of a dendrogram scored against the gold, and the one with the best
 * B-cubed F1 kept. No user of a clusterer can tune on the gold of their own news, so this is an
 * upper bound of the baseline, the strongest we can give it, not a figure a real run reaches.
 */
public final class ThresholdSweep {

    private ThresholdSweep() {}

    /** The best cut, at the highest threshold where several tie. */
    public record Tuned(double threshold, Partition partition, ClusterScore score) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "oracle-tuned threshold %.4f: %s", threshold, score);
        }
    }

    /** Every cut, from none of the merges (threshold infinity: every item alone) to all of them. */
    public static Tuned best(Dendrogram dendrogram, Partition gold) {
        Tuned best = tuned(dendrogram, Double.POSITIVE_INFINITY, gold);
        for (double threshold : dendrogram.thresholds()) {
            Tuned cut = tuned(dendrogram, threshold, gold);
            if (cut.score().bcubed().f1() > best.score().bcubed().f1()) {
                best = cut;
            }
        }
        return best;
    }

    private static Tuned tuned(Dendrogram dendrogram, double threshold, Partition gold) {
        Partition cut = dendrogram.cut(threshold);
        return new Tuned(threshold, cut, ClusterScore.of(cut, gold));
    }
}
