/**
 * The SQLite adapters of {@link org.newsgraph.store.ArticleStore}, of its corpus model
 * ({@link org.newsgraph.store.CorpusEntities}, {@link org.newsgraph.store.EventClusters},
 * {@link org.newsgraph.store.CorpusEvents}) and of the dedup port
 * {@link org.newsgraph.dedup.SeenArticles}: one database per directory, written by one process
 * at a time and read by any number beside it (read-only views, one snapshot each). Needs a
 * writable directory; provides atomic saves, versioned migrations, commits that survive a killed
 * process, fingerprint lookups by index, and entity tables, events and stories replaced in one
 * transaction each. Does not keep raw input bodies, index text for search, or let two processes
 * write one store.
 */
package org.newsgraph.store.sqlite;
