package org.newsgraph.http.web;

import java.util.Comparator;
import java.util.List;
import org.newsgraph.http.read.EntityDetail;
import org.newsgraph.http.read.Views;

/** One entity: its names and aliases, its events in date order (a timeline, the undated last), and what it said. */
final class EntityPage {

    private static final int MAX_EVENTS = 200;
    private static final int MAX_QUOTES = 100;
    private static final int QUOTE = 2_000;

    private final Layout layout;

    EntityPage(Layout layout) {
        this.layout = layout;
    }

    String render(EntityDetail e) {
        boolean located = e.place() != null && e.place().latitude() != null;
        return layout.page(e.name(), "/entities", located, h -> {
            h.open("h1").data(e.name(), EventList.NAME).close("h1");
            h.open("dl", "class", "facts");
            h.element("dt", "Type").element("dd", e.type().toLowerCase(java.util.Locale.ROOT));
            h.element("dt", "Also called").open("dd");
            if (e.aliases().isEmpty()) {
                h.text("no other names");
            } else {
                h.open("ul", "class", "aliases");
                e.aliases().stream().limit(100).forEach(a -> h.open("li").data(a, EventList.NAME).close("li"));
                h.close("ul");
            }
            h.close("dd");
            h.element("dt", "Named in").element("dd", e.articleCount() + " articles, " + e.mentionCount() + " times");
            if (e.place() != null) {
                h.element("dt", "Gazetteer").open("dd", "data-lat", located ? String.valueOf(e.place().latitude()) : null,
                        "data-lon", located ? String.valueOf(e.place().longitude()) : null)
                        .data(e.place().name(), EventList.NAME).text(", " + e.place().country()
                                + (located ? String.format(java.util.Locale.ROOT, " (%.3f, %.3f)", e.place().latitude(),
                                        e.place().longitude()) : ""))
                        .close("dd");
            }
            h.close("dl");
            if (located) {
                h.element("div", "", "id", "map", "class", "map small", "role", "img", "aria-label", "Map of the place");
            }
            h.open("section", "aria-labelledby", "timeline-heading").element("h2", "Timeline of its events", "id",
                    "timeline-heading");
            EventList.write(h, byDate(e.events()), "It takes part in no event.");
            if (e.events().size() > MAX_EVENTS) {
                h.element("p", "The first " + MAX_EVENTS + " of " + e.events().size() + " events are shown.", "class", "note");
            }
            h.close("section");
            h.open("section", "aria-labelledby", "quotes-heading").element("h2", "What it said", "id", "quotes-heading");
            quotes(h, e.quotes());
            h.close("section");
        });
    }

    /** The events by date, the undated last, at most {@link #MAX_EVENTS}. */
    private static List<Views.EventSummary> byDate(List<Views.EventSummary> events) {
        Comparator<Views.EventSummary> date = Comparator.comparing(v -> v.date().value(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return events.stream().sorted(date).limit(MAX_EVENTS).toList();
    }

    private static void quotes(Html h, List<Views.QuoteView> quotes) {
        if (quotes.isEmpty()) {
            h.element("p", "No quote is attributed to it.", "class", "empty");
            return;
        }
        h.open("ul", "class", "quotes");
        for (Views.QuoteView q : quotes.stream().limit(MAX_QUOTES).toList()) {
            h.open("li").open("blockquote").data(q.text(), QUOTE).close("blockquote").open("p", "class", "meta")
                    .text(q.direct() ? "said, in " : "reported, in ").data(q.articleTitle() == null ? q.article()
                            : q.articleTitle(), EventList.TITLE);
            if (q.event() != null) {
                h.text(" · ").element("a", "the event", "href", "/events/" + q.event());
            }
            h.close("p").close("li");
        }
        h.close("ul");
    }
}
