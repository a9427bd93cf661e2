package org.newsgraph.http.web;

import java.util.List;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.http.read.Snapshots;
import org.newsgraph.http.read.Views;

/** The home page: the events by cluster, main events only unless asked for all, a page at a time. */
final class EventsPage {

    static final int PAGE = 50;

    private final Layout layout;

    EventsPage(Layout layout) {
        this.layout = layout;
    }

    /** The page read by query: one page of the events (main ones unless all are asked for), counted by query. */
    String render(Snapshots.StoreQuery s, Query q) {
        boolean all = "all".equals(q.text("kind"));
        int page = q.page();
        EventQuery query = all ? EventQuery.all() : new EventQuery(null, null, null, null, true);
        int total = s.events().count(query);
        long from = (long) (page - 1) * PAGE;
        List<Views.EventSummary> events = from >= total ? List.of()
                : s.events().events(query, (int) from, PAGE).stream().map(Views.EventSummary::of).toList();
        return layout.page("Events", "/", h -> {
            h.element("h1", "Events");
            h.open("p", "class", "count").text(total + (all ? " events, main, reported and mentioned. " : " main events: "
                    + "what each cluster of articles reports. "));
            h.element("a", all ? "Show the main events only" : "Show every event, the reported and mentioned too", "href",
                    all ? "/" : "/?kind=all").close("p");
            h.open("section", "aria-labelledby", "list").element("h2", "Events, page " + page, "id", "list", "class",
                    "visually-hidden");
            EventList.write(h, events, "No events here: analyse articles into this store first.");
            h.close("section");
            Paging.links(h, "/", page, total, PAGE, "kind", all ? "all" : null);
        });
    }
}
