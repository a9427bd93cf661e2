/**
 * The immutable values every stage reads and returns: sources, spans, tokens, mentions,
 * entities, time expressions and analysed articles.
 * Needs nothing; provides the shared vocabulary of the pipeline. Holds no behaviour beyond
 * validation and derived views, but for the one union-find every grouping stage shares (DisjointSets).
 */
package org.newsgraph.model;
