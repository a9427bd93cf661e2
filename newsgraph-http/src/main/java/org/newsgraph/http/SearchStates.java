package org.newsgraph.http;

import java.nio.file.Path;
import java.time.Duration;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.store.ArticleStore;

/**
 * The store state a current search index records, read from a read-only view of the store at most
 * once a time to live, as {@link Snapshots} reads the rest: a search never waits for a whole
 * snapshot of the store (its export), only for the few rows the state is made of.
 */
final class SearchStates {

    private final Newsgraph newsgraph;
    private final Path store;
    private final Duration ttl;
    private String last;
    private long readAt;

    SearchStates(Newsgraph newsgraph, Path store, Duration ttl) {
        this.newsgraph = newsgraph;
        this.store = store;
        this.ttl = ttl;
    }

    synchronized String current() {
        long now = System.nanoTime();
        if (last == null || now - readAt >= ttl.toNanos()) {
            try (ArticleStore view = newsgraph.openStoreReadOnly(store)) {
                last = newsgraph.searchState(view);
            }
            readAt = now;
        }
        return last;
    }
}
