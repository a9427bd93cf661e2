package org.newsgraph.http.web;

import java.util.List;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.http.read.Snapshots;
import org.newsgraph.http.read.StoryDetail;

/** The stories (threads of events sharing participants and places), and one story with its events by date. */
final class StoryPage {

    static final int PAGE = 100;

    private final Layout layout;

    StoryPage(Layout layout) {
        this.layout = layout;
    }

    String render(StoryDetail story) {
        return layout.page(story.title(), "/stories", h -> {
            h.open("h1").data(story.title(), EventList.TITLE).close("h1");
            h.element("p", story.events().size() + " events, by date, the undated last.", "class", "count");
            h.open("section", "aria-labelledby", "events").element("h2", "Its events", "id", "events");
            EventList.write(h, story.events().stream().limit(EventPage.MAX_REPORTS * 2L).toList(), "It has no events.");
            h.close("section");
        });
    }

    /** The list read by query: a range of the index of stories by id, counted by query. */
    String list(Snapshots.StoreQuery s, Query q) {
        int page = q.page();
        int total = s.events().storyCount();
        long from = (long) (page - 1) * PAGE;
        List<ExportDocument.Story> stories = from >= total ? List.of() : s.events().stories((int) from, PAGE);
        return layout.page("Stories", "/stories", h -> {
            h.element("h1", "Stories");
            h.element("p", total + " stories: events joined by the people, organisations and places they share.",
                    "class", "count");
            if (total == 0) {
                h.element("p", "No stories in this store.", "class", "empty");
            }
            h.open("ul", "class", "stories");
            for (ExportDocument.Story story : stories) {
                h.open("li").link("/stories/" + story.id(), story.title(), EventList.TITLE)
                        .text(" · " + story.events().size() + " events").close("li");
            }
            h.close("ul");
            Paging.links(h, "/stories", page, total, PAGE);
        });
    }
}
