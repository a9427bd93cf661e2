package org.newsgraph.app.events;

import java.util.List;

/**
 * The dated events a query picks, in date order, and how many undated events it picked that a
 * timeline cannot place.
 */
public record Timeline(List<ListedEvent> events, int undated) {

    public Timeline {
        events = List.copyOf(events);
    }
}
