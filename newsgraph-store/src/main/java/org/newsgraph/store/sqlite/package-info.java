/**
 * The SQLite adapter of {@link org.newsgraph.store.ArticleStore}: one database per directory, held by one process.
 * Needs a writable directory; provides atomic saves, versioned migrations and commits that survive a killed process.
 * Does not keep raw input bodies, index text for search, or let two processes share a store.
 */
package org.newsgraph.store.sqlite;
