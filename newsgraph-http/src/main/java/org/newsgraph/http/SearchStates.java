package org.newsgraph.http;

import java.nio.file.Path;
import java.time.Duration;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.search.StoreState;
import org.newsgraph.http.read.Refreshed;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreViews;

/**
 * The store state a current search index records, read from a read-only view of the store at most
 * once a time to live and only when something was committed, in the background: reading it reads a
 * row a cluster (tens of milliseconds at 80,000 clusters), which no search waits for but the very first.
 */
final class SearchStates implements AutoCloseable {

    private final Refreshed<String> state;

    SearchStates(Newsgraph newsgraph, Path store, StoreViews views, Duration ttl) {
        this.state = new Refreshed<>(() -> {
            try (ArticleStore view = views.open()) {
                return StoreState.of(view);
            }
        }, () -> newsgraph.storeStamp(store), ttl, "search-state");
    }

    /** The state as last read. */
    String current() {
        return state.get();
    }

    /** Reads the state now, in the background. */
    void warm() {
        state.warm();
    }

    @Override
    public void close() {
        state.close();
    }
}
