package org.newsgraph.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One page of a listing: its items, how many the whole listing holds, and the cursor of the next
 * page (null on the last).
 */
@JsonPropertyOrder({"items", "total", "limit", "next"})
record Page<T>(List<T> items, int total, int limit, String next) {

    static <T> Page<T> of(List<T> all, Params params, ServerConfig config) {
        int limit = params.limit(config.defaultPageSize(), config.maxPageSize());
        String query = params.query();
        int offset = params.offset(query);
        int from = Math.min(offset, all.size());
        int to = Math.min(from + limit, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), all.size(), limit,
                to < all.size() ? Cursor.of(to, query) : null);
    }
}
