package org.newsgraph.http.web;

import java.util.List;
import org.newsgraph.http.read.Views;

/** Events as the listings show them (the events page, the timeline, an entity's and a story's): one item each. */
final class EventList {

    static final int TITLE = 300;
    static final int NAME = 120;

    private EventList() {}

    static void write(Html h, List<Views.EventSummary> events, String emptyText) {
        if (events.isEmpty()) {
            h.element("p", emptyText, "class", "empty");
            return;
        }
        h.open("ol", "class", "events");
        events.forEach(e -> item(h, e));
        h.close("ol");
    }

    static void item(Html h, Views.EventSummary e) {
        h.open("li", "class", "event");
        h.open("h3").link("/events/" + e.id(), e.title() == null ? e.type() : e.title(), TITLE).close("h3");
        h.open("p", "class", "meta");
        h.open("time", "datetime", e.date().value()).text(DateText.of(e.date().value())).close("time");
        h.text(" · " + e.type() + " · " + e.kind());
        if (e.place() != null) {
            h.text(" · in ").link("/entities/" + e.place().id(), e.place().name(), NAME);
        }
        h.text(" · " + e.reportCount() + (e.reportCount() == 1 ? " report" : " reports") + ": ");
        h.data(String.join(", ", e.sources()), 400);
        h.close("p").close("li");
    }
}
