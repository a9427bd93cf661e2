package org.newsgraph.model;

import java.util.Objects;

/**
 * A corpus event id retired: its reports now belong to the event {@code into}, which kept its own
 * id (the older, when both were in one cluster) or, when a recluster moved the reports to another
 * cluster, took one there. Kept so that an event id once exported can still be followed.
 *
 * @param into   the id its reports went to (it may itself be retired later: follow the chain)
 * @param reason why, in words a user reads ("same event", "moved to cluster c9")
 */
public record EventMerge(EventId merged, EventId into, String reason) {

    public EventMerge {
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(reason, "reason");
        if (merged.equals(into)) {
            throw new IllegalArgumentException("an event cannot be merged into itself: " + merged.exportId());
        }
    }
}
