package org.newsgraph.app.events;

import java.util.Set;

/**
 * What bringing the corpus events and stories up to date did.
 *
 * @param merged         how many clusters had their events merged again
 * @param dropped        how many clusters merged away had their events dropped
 * @param stories        how many stories the store holds now
 * @param mergedClusters the clusters whose events were merged again
 * @param droppedClusters the clusters whose events were dropped
 */
public record EventUpdate(int merged, int dropped, int stories, Set<Long> mergedClusters, Set<Long> droppedClusters) {

    public EventUpdate {
        mergedClusters = Set.copyOf(mergedClusters);
        droppedClusters = Set.copyOf(droppedClusters);
    }
}
