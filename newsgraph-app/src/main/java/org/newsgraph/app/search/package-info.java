/**
 * The search use cases: the documents the index holds, made from the export (articles, quotes,
 * claims, entities, events under the export's ids), the store state an index reflects, and keeping
 * the index current with the store. Needs a store and the search port; does not rank or parse
 * queries (the index does) or write the store.
 */
package org.newsgraph.app.search;
