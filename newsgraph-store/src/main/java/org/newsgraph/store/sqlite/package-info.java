/**
 * The SQLite adapters of {@link org.newsgraph.store.ArticleStore}, of its corpus entities
 * {@link org.newsgraph.store.CorpusEntities} and of the dedup port
 * {@link org.newsgraph.dedup.SeenArticles}: one database per directory, held by one process.
 * Needs a writable directory; provides atomic saves, versioned migrations, commits that survive a
 * killed process, fingerprint lookups by index and entity tables replaced whole in one
 * transaction. Does not keep raw input bodies, index text for search, or let two processes share
 * a store.
 */
package org.newsgraph.store.sqlite;
