/**
 * The use cases of event clusters: placing the articles not yet clustered, after the corpus
 * entities are up to date, and reading the partition back.
 */
package org.newsgraph.app.clusters;
