/**
 * The search use cases: the documents the index holds, made from the export (articles, quotes,
 * claims, entities, events under the export's ids), the store state an index reflects, and keeping
 * the index current with the store (by a run's changes alone when the index is of the state before
 * it, else made again from the export). Needs a store and the search port; does not rank or parse
 * queries (the index does) or write the store.
 */
package org.newsgraph.app.search;
