package org.newsgraph.store;

/**
 * The parts of an analysed article the store keeps beside its text and metadata, each read only
 * when asked for: a read of every article for one section (its quotes, say) reads that part alone.
 */
public enum ArticlePart {
    /** The boilerplate removed from it. */
    REMOVED,
    /** Its entities with their mentions. */
    ENTITIES,
    TIMEXES,
    QUOTES,
    CLAIMS,
    EVENTS
}
