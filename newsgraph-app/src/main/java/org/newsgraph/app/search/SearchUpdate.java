package org.newsgraph.app.search;

import java.time.Duration;

/**
 * What bringing the search index up to date did: whether it was written (false: it was current
 * already), how many documents it holds, how many were written (new or changed) and deleted, and
 * in how long.
 */
public record SearchUpdate(boolean updated, int documents, int written, int deleted, Duration elapsed) {

    /** As the commands print it: {@code search index: 150 documents (32 written, 3 deleted)}, or {@code current}. */
    public String line() {
        return "search index: " + (updated ? documents + " documents (" + written + " written, " + deleted + " deleted)"
                : "current");
    }
}
