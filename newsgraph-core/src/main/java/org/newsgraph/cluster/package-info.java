/**
 * Clustering of articles into the real-world events they report, online: each new article joins
 * the best of a few candidate clusters found through an index, or opens a new one. Needs stored
 * articles with their main event and corpus entity ids; provides lasting cluster ids through the
 * {@link org.newsgraph.store.EventClusters} port. Does not re-cluster, merge or split clusters.
 */
package org.newsgraph.cluster;
