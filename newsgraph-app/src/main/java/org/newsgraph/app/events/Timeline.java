package org.newsgraph.app.events;

import java.util.List;

/**
 * The dated events a query picks, in date order; how many undated events it picked that a
 * timeline cannot place; and the undated main events among them, each with why it has no date.
 */
public record Timeline(List<ListedEvent> events, int undated, List<Undated> undatedMain) {

    /** A main event a timeline cannot place, and why. */
    public record Undated(ListedEvent event, String reason) {}

    public Timeline {
        events = List.copyOf(events);
        undatedMain = List.copyOf(undatedMain);
    }
}
