package org.newsgraph.model;

import java.util.Objects;

/**
 * One row of the clusters' history: a merge or a split, in the order made, and when.
 *
 * @param seq the order of the change, from 1
 * @param at  when it was made, an ISO-8601 instant (UTC)
 */
public record ClusterHistoryEntry(long seq, String at, ClusterChange change) {

    public ClusterHistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(change, "change");
    }
}
