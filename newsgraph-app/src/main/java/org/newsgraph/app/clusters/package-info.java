/**
 * The use cases of event clusters: placing the articles not yet clustered, after the corpus
 * entities are up to date (ClusterUpdater, the clusters' step of the corpus pipeline, which then
 * reclusters the window it placed); reclustering a window (WindowReclusterer: merges and splits under
 * lasting ids, each its own transaction and a row of the history); and reading the partition back
 * with why each article is where it is.
 */
package org.newsgraph.app.clusters;
