package org.newsgraph.app.analyze;

/** What became of one input article in a run. */
public enum Outcome {
    /** Analysed and stored. */
    OK,
    /**
     * A copy (exact, or near: sentences dropped or moved, lines added, a new title) of an article
     * analysed earlier: stored with its cleaned text as a report of its outlet, not analysed again.
     */
    DUPLICATE,
    /** This content from this source is in the store already: nothing added. */
    ALREADY_STORED,
    /** Not readable as an article; the reason is recorded. */
    REJECTED,
    /** The analysis broke on it; the reason is recorded and the next run tries again. */
    FAILED
}
