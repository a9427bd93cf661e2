package org.newsgraph.search;

import java.util.Set;
import org.newsgraph.model.DatePeriod;

/**
 * A search: the words (a query in the syntax of docs/cli.md#search: words, "phrases", AND, OR,
 * NOT, -word, +word, a trailing *), then filters that each hit must pass (null or empty: any), then
 * the page. A date filter keeps the hits whose date overlaps from..to; a hit without a date passes
 * no date filter. {@code entity} is an entity's export id.
 */
public record SearchQuery(String text, Set<HitKind> kinds, String outlet, String entity, String type,
        String language, DatePeriod from, DatePeriod to, int offset, int limit) {

    public SearchQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " must not be negative");
        }
    }

    /** The words alone: every kind, no filter, the first {@code limit} hits. */
    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, Set.of(), null, null, null, null, null, null, 0, limit);
    }
}
