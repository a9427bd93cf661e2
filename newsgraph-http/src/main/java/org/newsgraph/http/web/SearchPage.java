package org.newsgraph.http.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsgraph.search.BadQueryException;
import org.newsgraph.search.HitKind;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.search.SearchQuery;
import org.newsgraph.search.SearchResult;

/**
 * The search page: a query over the store's search index (the one {@code GET /api/v1/search}
 * reads), its hits best first with the words that matched marked in their snippets, each a link to
 * its event or entity, and the facets of all the hits, each value a link that narrows the search.
 */
final class SearchPage {

    static final int PAGE = 20;
    /** The deepest hit a page may reach, the index's own bound. */
    private static final int MAX_DEPTH = 10_000;
    private static final int SNIPPET = 1_000;
    private static final int FACET_VALUES = 10;
    private static final List<String> FILTERS = List.of("kind", "outlet", "entity", "type", "from", "to");

    /** A page and the status it is sent with: a query the index will not run is a 400 that says why. */
    record Shown(int status, String html) {}

    private final Layout layout;
    private final SearchIndex index;
    private final Supplier<String> storeState;

    SearchPage(Layout layout, SearchIndex index, Supplier<String> storeState) {
        this.layout = layout;
        this.index = index;
        this.storeState = storeState;
    }

    Shown render(Query q) {
        String words = q.text("q");
        Filters filters = Filters.of(q);
        int page = q.page();
        if ((long) page * PAGE > MAX_DEPTH) {
            throw PageProblem.badRequest("a search shows its first " + MAX_DEPTH + " hits: narrow it with words or filters");
        }
        if (words == null) {
            return new Shown(200, layout.page("Search", "/search", h -> form(h, null, filters)));
        }
        SearchResult result;
        try {
            result = index.search(new SearchQuery(words, kinds(q.text("kind")), q.text("outlet"), q.text("entity"),
                    q.text("type"), null, q.date("from"), q.date("to"), (page - 1) * PAGE, PAGE));
        } catch (BadQueryException e) {
            return new Shown(400, layout.page("Search", "/search", h -> {
                form(h, words, filters);
                h.element("p", "This query cannot be run: " + e.getMessage(), "class", "problem", "role", "alert");
            }));
        }
        String state = storeState.get();
        boolean behind = index.state().filter(state::equals).isEmpty();
        return new Shown(200, layout.page("Search: " + words, "/search", h -> {
            form(h, words, filters);
            h.open("p", "class", "count", "role", "status").text((result.estimated() ? "About " : "") + result.total()
                    + (result.total() == 1 ? " hit" : " hits") + (result.estimated()
                            ? " (counted on a random sample of the hits, as are the numbers beside the filters)" : ""))
                    .text(behind ? ". The index is behind the store (an analyze is running or was stopped): "
                            + "the newest articles may be missing." : "").close("p");
            h.open("div", "class", "search-results");
            hits(h, result.hits());
            facets(h, result.facets(), words, filters);
            h.close("div");
            Paging.links(h, "/search", page, Math.min(result.total(), MAX_DEPTH), PAGE, filters.pairs("q", words));
        }));
    }

    private static void form(Html h, String words, Filters filters) {
        h.element("h1", "Search");
        h.open("form", "role", "search", "method", "get", "action", "/search", "class", "filters")
                .element("label", "Words to find", "for", "q")
                .open("input", "id", "q", "name", "q", "type", "search", "value", words, "maxlength",
                        String.valueOf(Query.MAX_LENGTH));
        filters.values().forEach((name, value) -> {
            if (value != null) {
                h.open("input", "type", "hidden", "name", name, "value", value);
            }
        });
        h.element("button", "Search", "type", "submit").close("form");
        if (filters.any()) {
            h.open("p", "class", "note").text("Narrowed by " + filters.described() + ". ")
                    .element("a", "Search without filters", "href", Links.to("/search", "q", words)).close("p");
        }
    }

    private static void hits(Html h, List<SearchResult.Hit> hits) {
        h.open("section", "class", "hits", "aria-labelledby", "hits-heading").element("h2", "Hits", "id", "hits-heading");
        if (hits.isEmpty()) {
            h.element("p", "Nothing matches: try fewer or other words.", "class", "empty");
        }
        h.open("ol", "class", "hits");
        for (SearchResult.Hit hit : hits) {
            h.open("li", "class", "hit").open("h3");
            String title = hit.title() != null && !hit.title().isBlank() ? hit.title()
                    : hit.article() != null && !hit.kind().equals(HitKind.ARTICLE)
                            ? hit.kind().word() + " in article " + hit.article() : hit.kind().word() + " " + hit.id();
            Optional<String> target = target(hit);
            if (target.isPresent()) {
                h.link(target.get(), title, EventList.TITLE);
            } else {
                h.data(title, EventList.TITLE);
            }
            h.close("h3").open("p", "class", "meta").text(hit.kind().word());
            if (hit.outlet() != null) {
                h.text(" · ").data(hit.outlet(), EventList.NAME);
            }
            h.text(hit.date() == null ? "" : " · " + DateText.of(hit.date())).close("p");
            snippet(h, hit.snippet());
            h.close("li");
        }
        h.close("ol").close("section");
    }

    /** The snippet as text, the words that matched in {@code mark}: every piece escaped, the whole isolated. */
    private static void snippet(Html h, SearchResult.Snippet snippet) {
        if (snippet == null || snippet.text() == null) {
            return;
        }
        String text = Html.cut(snippet.text(), SNIPPET);
        h.open("p", "class", "snippet").open("bdi");
        int at = 0;
        for (SearchResult.Mark m : snippet.marks()) {
            if (m.start() < at || m.end() > text.length() || m.start() >= m.end()) {
                continue;
            }
            h.text(text.substring(at, m.start())).element("mark", text.substring(m.start(), m.end()));
            at = m.end();
        }
        h.text(text.substring(at)).close("bdi").close("p");
    }

    /**
     * Where a hit leads: an event or entity to itself; an article to its page, a quote or claim to
     * its part of it. Linked by id, not looked up in the store: reading a store of many articles
     * whole for a page of hits costs minutes (a hit of an index behind the store may lead to a
     * page that says it is gone).
     */
    private static Optional<String> target(SearchResult.Hit hit) {
        return switch (hit.kind()) {
            case EVENT -> Optional.of("/events/" + hit.id());
            case ENTITY -> Optional.of("/entities/" + hit.id());
            case QUOTE -> articlePage(hit).map(page -> page + "#quotes");
            case CLAIM -> articlePage(hit).map(page -> page + "#numbers");
            default -> articlePage(hit);
        };
    }

    private static Optional<String> articlePage(SearchResult.Hit hit) {
        return Optional.ofNullable(hit.article()).map(article -> "/articles/" + article);
    }

    private static void facets(Html h, Map<String, List<SearchResult.FacetCount>> facets, String words, Filters filters) {
        h.open("nav", "class", "facets", "aria-label", "Narrow the search").element("h2", "Narrow by");
        facets.forEach((facet, counts) -> {
            String parameter = facet.equals("month") ? "from" : facet;
            if (counts.isEmpty() || !FILTERS.contains(parameter)) {
                return;
            }
            h.element("h3", facet).open("ul");
            for (SearchResult.FacetCount c : counts.stream().limit(FACET_VALUES).toList()) {
                Filters narrowed = filters.with(parameter, c.value());
                if (facet.equals("month")) {
                    narrowed = narrowed.with("to", c.value());
                }
                h.open("li").link(narrowed.link(words), c.label() == null ? c.value() : c.label(), EventList.NAME)
                        .text(" (" + c.count() + ")").close("li");
            }
            h.close("ul");
        });
        h.close("nav");
    }

    private static Set<HitKind> kinds(String given) {
        if (given == null) {
            return Set.of();
        }
        return Arrays.stream(given.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> HitKind.of(k).orElseThrow(() -> PageProblem.badRequest(
                        "kind: give one or more of article, quote, claim, entity, event")))
                .collect(Collectors.toSet());
    }

    /** The filters a search was given, in a fixed order, null for those not given. */
    private record Filters(Map<String, String> values) {

        static Filters of(Query q) {
            Map<String, String> values = new LinkedHashMap<>();
            FILTERS.forEach(name -> values.put(name, q.text(name)));
            return new Filters(values);
        }

        Filters with(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(values);
            copy.put(name, value);
            return new Filters(copy);
        }

        boolean any() {
            return values.values().stream().anyMatch(Objects::nonNull);
        }

        /** A link to the search of {@code words} with these filters. */
        String link(String words) {
            return Links.to("/search", pairs("q", words));
        }

        /** The filters as name, value pairs, then {@code more}. */
        String[] pairs(String... more) {
            List<String> pairs = new ArrayList<>();
            values.forEach((name, value) -> {
                pairs.add(name);
                pairs.add(value);
            });
            pairs.addAll(List.of(more));
            return pairs.toArray(String[]::new);
        }

        String described() {
            return values.entrySet().stream().filter(e -> e.getValue() != null).map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }
}
