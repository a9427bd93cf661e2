package org.newsgraph.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.search.BadQueryException;
import org.newsgraph.search.HitKind;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.search.SearchQuery;
import org.newsgraph.search.SearchResult;

/**
 * Search over the store's index: hits with snippets (plain text and match offsets, never markup),
 * the filters as facets with their counts, paged with cursors as the listings are.
 */
final class SearchRoutes {

    /** The deepest hit a page may reach, the index's own bound. */
    private static final int MAX_DEPTH = 10_000;

    private final Api api;
    private final SearchIndex index;
    private final SearchStates states;

    SearchRoutes(Api api, SearchIndex index, SearchStates states) {
        this.api = api;
        this.index = index;
        this.states = states;
    }

    void register(RoutesConfig routes) {
        routes.get(Api.BASE + "/search", this::search);
    }

    private void search(Context ctx) {
        Params p = api.params(ctx, true, "q", "kind", "outlet", "entity", "type", "language", "from", "to");
        String entity = p.text("entity");
        if (entity != null && !EntityRoutes.ID.matcher(entity).matches()) {
            throw Problem.Raised.badParameter("entity", "not an entity id, e11 (the entity facet gives them)");
        }
        int limit = p.limit(api.defaultPageSize(), api.maxPageSize());
        String filters = p.query();
        int offset = p.offset(filters);
        if (offset + limit > MAX_DEPTH) {
            throw Problem.Raised.badParameter(Params.CURSOR, "a page may reach hit " + MAX_DEPTH
                    + " at most: narrow the search with words or filters");
        }
        SearchQuery query = new SearchQuery(p.text("q"), kinds(p.text("kind")), p.text("outlet"), entity,
                p.text("type"), p.text("language"), p.date("from"), p.date("to"), offset, limit);
        String storeState = states.current();
        SearchResult result;
        try {
            result = index.search(query);
        } catch (BadQueryException e) {
            throw Problem.Raised.badParameter("q", e.getMessage());
        }
        String state = index.state().filter(storeState::equals).isPresent() ? "current" : "behind";
        int next = offset + result.hits().size();
        api.send(ctx, new SearchPage(result.hits().stream().map(Found::of).toList(), result.total(), limit,
                next < result.total() && !result.hits().isEmpty() ? Cursor.of(next, filters) : null, result.facets(),
                result.estimated(), state));
    }

    private static Set<HitKind> kinds(String given) {
        if (given == null) {
            return Set.of();
        }
        return Arrays.stream(given.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> HitKind.of(k).orElseThrow(() -> Problem.Raised.badParameter("kind",
                        "give one or more of article, quote, claim, entity, event, separated by commas")))
                .collect(Collectors.toSet());
    }

    /**
     * A page of hits, as a listing's page, with the facet counts of all the hits (estimated on a
     * sample of them when too many match to count them all) and whether the index is
     * {@code current} with the store or {@code behind} it (an analyze is running or was stopped
     * before it updated the index).
     */
    @JsonPropertyOrder({"items", "total", "limit", "next", "facets", "estimated", "index"})
    record SearchPage(List<Found> items, int total, int limit, String next,
            Map<String, List<SearchResult.FacetCount>> facets, boolean estimated, String index) {}

    /** A hit: what it is, its export id, the article it is in, and the snippet where the words matched. */
    @JsonPropertyOrder({"kind", "id", "article", "title", "outlet", "date", "snippet"})
    record Found(String kind, String id, String article, String title, String outlet, String date,
            SearchResult.Snippet snippet) {

        static Found of(SearchResult.Hit hit) {
            return new Found(hit.kind().word(), hit.id(), hit.article(), hit.title(), hit.outlet(), hit.date(),
                    hit.snippet());
        }
    }
}
