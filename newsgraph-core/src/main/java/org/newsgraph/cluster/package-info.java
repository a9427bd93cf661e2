/**
 * Clustering of articles into the real-world events they report, online: each new article joins
 * the best of a few candidate clusters found through an index, or opens a new one; then corrected:
 * a window decided again by average linkage over its pairs ({@link org.newsgraph.cluster.Reclusterer}),
 * applied as merges and splits. Needs stored articles with their main event and corpus entity ids;
 * provides lasting cluster ids and their history through the {@link org.newsgraph.store.EventClusters} port.
 */
package org.newsgraph.cluster;
