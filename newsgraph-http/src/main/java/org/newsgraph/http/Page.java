package org.newsgraph.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.function.IntSupplier;

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

    /**
     * The page a listing read by query gives: the items {@code read} from the offset on (at most the
     * limit), of {@code total} (counted by query).
     */
    static <T> Page<T> read(Reader<T> read, IntSupplier total, Params params, ServerConfig config) {
        int limit = params.limit(config.defaultPageSize(), config.maxPageSize());
        String query = params.query();
        int offset = params.offset(query);
        List<T> items = read.page(offset, limit);
        int all = Math.max(total.getAsInt(), offset + items.size());
        int next = offset + items.size();
        return new Page<>(List.copyOf(items), all, limit, next < all && !items.isEmpty() ? Cursor.of(next, query) : null);
    }

    /** Reads a page of a listing by query. */
    @FunctionalInterface
    interface Reader<T> {

        /** The items from the {@code offset}-th on, at most {@code limit}. */
        List<T> page(int offset, int limit);
    }
}
