package org.newsgraph.app.clusters;

import java.util.HashSet;
import java.util.Set;

/**
 * What bringing the clusters up to date did.
 *
 * @param placed    how many articles (copies included) were placed
 * @param opened    how many of them opened a new cluster
 * @param clusters  how many clusters the store holds now
 * @param recent    the window of the articles placed (their days, and the first of them for the
 *                  undated), which analyze may recluster; null when none was placed
 * @param recluster what reclustering that window did; null when it was not reclustered
 * @param changed   the clusters whose members changed: those the articles were placed in or
 *                  opened, and those the recluster took articles from or gave them to
 */
public record ClusterUpdate(int placed, int opened, int clusters, ReclusterWindow recent, ReclusterSummary recluster,
        Set<Long> changed) {

    public ClusterUpdate {
        changed = Set.copyOf(changed);
    }

    /** This update after a recluster of its window: a split adds a cluster, a merge takes one away. */
    ClusterUpdate reclustered(ReclusterSummary summary) {
        Set<Long> both = new HashSet<>(changed);
        both.addAll(summary.changed());
        return new ClusterUpdate(placed, opened, clusters + summary.splits() - summary.merges(), recent, summary, both);
    }
}
