/**
 * The port to the full-text search index ({@link org.newsgraph.search.SearchIndex}) and its values:
 * the documents it holds (articles, quotes, claims, entities, events, each under the export's id),
 * a query with its filters, and the hits with facets and marked snippets; the Lucene adapter lives
 * in the newsgraph-search module. Needs documents made from the store; provides ranked, filtered,
 * counted hits. Does not read the store itself, or decide when the index is out of date.
 */
package org.newsgraph.search;
