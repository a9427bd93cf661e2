package org.newsgraph.http.web;

/**
 * The search page. This build has no full-text index yet (issue 15's search comes in another
 * branch): the page says so, keeps the query it was given, and points to the listings that do work.
 */
final class SearchPage {

    private final Layout layout;

    SearchPage(Layout layout) {
        this.layout = layout;
    }

    String render(Query q) {
        String query = q.text("q");
        return layout.page("Search", "/search", h -> {
            h.element("h1", "Search");
            h.open("form", "role", "search", "method", "get", "action", "/search", "class", "filters")
                    .element("label", "Words to find", "for", "q")
                    .open("input", "id", "q", "name", "q", "type", "search", "value", query, "maxlength",
                            String.valueOf(Query.MAX_LENGTH))
                    .element("button", "Search", "type", "submit").close("form");
            h.open("p", "class", "unavailable", "role", "status").text("Search is not available in this build: ")
                    .text("there is no full-text index yet. ")
                    .text("Browse the ").element("a", "events", "href", "/").text(", the ")
                    .element("a", "timeline", "href", "/timeline").text(" or the ")
                    .element("a", "entities", "href", Links.to("/entities", "name", query))
                    .text(query == null ? " instead." : " whose names hold these words instead.").close("p");
        });
    }
}
