package org.newsgraph.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.store.ArticleStore;

/**
 * The store state a current search index records, read from a read-only view of the store at most
 * once a time to live: a search never waits for a whole snapshot of the store (its export), nor
 * for another search's read of the state, only for the very first read.
 */
final class SearchStates {

    private final Newsgraph newsgraph;
    private final Path store;
    private final Duration ttl;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Read last;

    SearchStates(Newsgraph newsgraph, Path store, Duration ttl) {
        this.newsgraph = newsgraph;
        this.store = store;
        this.ttl = ttl;
    }

    /**
     * The state as last read; read again when that is older than the time to live, by one request
     * while the others take the last one meanwhile (the first read of all is waited for).
     */
    String current() {
        Read read = last;
        long now = System.nanoTime();
        if (read != null && (now - read.at() < ttl.toNanos() || !reading.compareAndSet(false, true))) {
            return read.state();
        }
        if (read == null) {
            synchronized (this) {
                if (last == null) {
                    last = new Read(state(), now);
                }
                return last.state();
            }
        }
        try {
            last = new Read(state(), now);
            return last.state();
        } finally {
            reading.set(false);
        }
    }

    private String state() {
        try (ArticleStore view = newsgraph.openStoreReadOnly(store)) {
            return newsgraph.searchState(view);
        }
    }

    /** A state and when it was read (System.nanoTime). */
    private record Read(String state, long at) {}
}
