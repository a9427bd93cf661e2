/**
 * The port to the embedded store ({@link org.newsgraph.store.ArticleStore}); the SQLite adapter
 * lives in the newsgraph-store module. Needs analysed articles; provides persistence keyed by
 * content hash and source. Does not search or index text.
 */
package org.newsgraph.store;
