package org.newsgraph.app.clusters;

/**
 * What bringing the clusters up to date did.
 *
 * @param placed   how many articles (copies included) were placed
 * @param opened   how many of them opened a new cluster
 * @param clusters how many clusters the store holds now
 */
public record ClusterUpdate(int placed, int opened, int clusters) {}
