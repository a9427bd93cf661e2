package org.newsgraph.app.corpus;

/**
 * A part of the corpus model the store keeps: what a {@link CorpusStep} reads and writes. Building a
 * {@link CorpusPipeline} checks that each part a step reads is one the store holds current when the
 * pipeline starts or one a step before it writes, and that no two steps write one part.
 */
public enum CorpusPart {
    /** The stored articles, each analysed whole by the per-article pipeline in its own transaction. */
    ARTICLES,
    /** The corpus entities: the articles' entities linked across articles under lasting ids, and their merges. */
    ENTITIES,
    /** The event clusters: which articles report one event, and the history of their merges and splits. */
    CLUSTERS,
    /** The corpus events: each cluster's reports merged into events, with the digest of what they were merged from. */
    EVENTS,
    /** The stories: the clusters' main events threaded by shared participants and places. */
    STORIES
}
