/**
 * The Lucene adapter of {@link org.newsgraph.search.SearchIndex}: one index folder beside the store,
 * replaced whole in one commit that records the store state it was made from. Needs the documents
 * the app makes from the store; provides ranked hits with facet counts (estimated on a random
 * sample of the hits when many match), plain snippets with match
 * offsets, and entity-aware matching (a name finds the other spellings of its entity). Does not
 * update in place, or let two processes write one index (the store's writer lock keeps one).
 */
package org.newsgraph.search.lucene;
