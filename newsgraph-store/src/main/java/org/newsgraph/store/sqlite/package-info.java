/**
 * The SQLite adapters of {@link org.newsgraph.store.ArticleStore} and of the dedup port
 * {@link org.newsgraph.dedup.SeenArticles}: one database per directory, held by one process.
 * Needs a writable directory; provides atomic saves, versioned migrations, commits that survive a
 * killed process, and fingerprint lookups by index. Does not keep raw input bodies, index text for
 * search, or let two processes share a store.
 */
package org.newsgraph.store.sqlite;
