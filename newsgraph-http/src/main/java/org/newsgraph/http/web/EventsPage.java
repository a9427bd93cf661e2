package org.newsgraph.http.web;

import java.util.List;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.http.read.Snapshot;
import org.newsgraph.http.read.Views;

/** The home page: the events by cluster, main events only unless asked for all, a page at a time. */
final class EventsPage {

    static final int PAGE = 50;

    private final Layout layout;

    EventsPage(Layout layout) {
        this.layout = layout;
    }

    String render(Snapshot s, Query q) {
        boolean all = "all".equals(q.text("kind"));
        int page = q.page();
        List<Views.EventSummary> events = s.events().events(EventQuery.all()).stream()
                .filter(e -> all || e.event().salience().equals("main")).map(e -> Views.EventSummary.of(e, s)).toList();
        return layout.page("Events", "/", h -> {
            h.element("h1", "Events");
            h.open("p", "class", "count").text(events.size() + (all ? " events, main, reported and mentioned. " : " main events: "
                    + "what each cluster of articles reports. "));
            h.element("a", all ? "Show the main events only" : "Show every event, the reported and mentioned too", "href",
                    all ? "/" : "/?kind=all").close("p");
            h.open("section", "aria-labelledby", "list").element("h2", "Events, page " + page, "id", "list", "class",
                    "visually-hidden");
            EventList.write(h, Paging.page(events, page, PAGE), "No events here: analyse articles into this store first.");
            h.close("section");
            Paging.links(h, "/", page, events.size(), PAGE, "kind", all ? "all" : null);
        });
    }
}
