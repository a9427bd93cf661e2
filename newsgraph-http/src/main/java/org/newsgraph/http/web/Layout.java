package org.newsgraph.http.web;

import java.util.List;
import java.util.function.Consumer;

/**
 * The page every page is written into: the language, the viewport for phones, a skip link, the
 * banner with the main navigation and the search form, the main landmark, and the page's own
 * style sheets and scripts (files of this server; no inline script or style).
 */
final class Layout {

    /** The sections of the main navigation: path, label. */
    private static final List<List<String>> SECTIONS = List.of(List.of("/", "Events"), List.of("/timeline", "Timeline"),
            List.of("/map", "Map"), List.of("/stories", "Stories"), List.of("/entities", "Entities"),
            List.of("/search", "Search"));

    private final Assets assets;

    Layout(Assets assets) {
        this.assets = assets;
    }

    /** A page: its title (store text, escaped), the section it belongs to, and its main content. */
    String page(String title, String section, Consumer<Html> main) {
        return page(title, section, false, main);
    }

    /**
     * A page that may show a map: with {@code map}, Leaflet's style sheet and script and the map
     * script, which draws the element {@code #map} with a point for each {@code [data-lat]} element.
     */
    String page(String title, String section, boolean map, Consumer<Html> main) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>").open("html", "lang", "en").open("head")
                .open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", Html.cut(title, 120) + " · newsgraph")
                .open("link", "rel", "icon", "href", Assets.ICON, "type", "image/svg+xml")
                .open("link", "rel", "stylesheet", "href", Assets.STYLE);
        if (map) {
            h.open("link", "rel", "stylesheet", "href", assets.leafletStyle());
        }
        h.close("head").open("body");
        h.element("a", "Skip to the content", "href", "#main", "class", "skip");
        banner(h, section);
        h.open("main", "id", "main", "tabindex", "-1");
        main.accept(h);
        h.close("main");
        h.open("footer").element("p", "newsgraph: events, entities and quotes read from the articles of this store. "
                + "Article text is shown as the articles have it.").close("footer");
        if (map) {
            h.element("script", "", "src", assets.leafletScript());
            h.element("script", "", "src", Assets.MAP_SCRIPT);
        }
        h.close("body").close("html");
        return h.toString();
    }

    private static void banner(Html h, String section) {
        h.open("header", "class", "banner").element("a", "newsgraph", "href", "/", "class", "brand");
        h.open("nav", "aria-label", "Main").open("ul");
        for (List<String> s : SECTIONS) {
            h.open("li").element("a", s.get(1), "href", s.get(0), "aria-current", s.get(0).equals(section) ? "page" : null)
                    .close("li");
        }
        h.close("ul").close("nav");
        h.open("form", "role", "search", "action", "/search", "method", "get", "class", "search")
                .element("label", "Search articles", "for", "site-search", "class", "visually-hidden")
                .open("input", "type", "search", "id", "site-search", "name", "q", "placeholder", "Search articles",
                        "maxlength", String.valueOf(Query.MAX_LENGTH))
                .element("button", "Search", "type", "submit")
                .close("form").close("header");
    }
}
