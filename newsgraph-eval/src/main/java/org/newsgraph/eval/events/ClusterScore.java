package org.newsgraph.eval.events;

import java.util.List;
import java.util.Locale;
import org.newsgraph.eval.entities.PairwiseScore;

/**
 * A predicted partition of articles against the gold one: B-cubed, the pairwise score (the one
 * entity resolution is measured by, reused so both count pairs alike) and how many clusters each has.
 */
public record ClusterScore(BCubed bcubed, PairwiseScore pairwise, int predictedClusters, int goldClusters) {

    public static ClusterScore of(Partition predicted, Partition gold) {
        BCubed bcubed = BCubed.of(predicted, gold);
        List<PairwiseScore.Item> items = predicted.clusterOf().entrySet().stream()
                .map(e -> new PairwiseScore.Item(e.getKey(), gold.clusterOf().get(e.getKey()), e.getValue()))
                .toList();
        return new ClusterScore(bcubed, PairwiseScore.allPairs(items), predicted.clusterCount(), gold.clusterCount());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "B-cubed P %.3f R %.3f F1 %.3f, pairwise F1 %.3f, %d clusters (gold %d)",
                bcubed.precision(), bcubed.recall(), bcubed.f1(), pairwise.f1(), predictedClusters, goldClusters);
    }
}
