package org.newsgraph.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreNotFoundException;
import org.newsgraph.store.StoreViews;

/**
 * Read-only views of a store over at most {@code kept} idle connections kept open between them.
 * A view begins a read transaction on its connection and ends it when closed, so the next view on
 * that connection reads the store's last commit (a reader of a WAL database sees the last commit at
 * each new read transaction). Keeping a connection open also keeps the log's index in memory: with
 * none open, each new connection to a store with a large log reads the whole log again.
 */
public final class PooledReadViews implements StoreViews {

    private final Path dir;
    private final int kept;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    public PooledReadViews(Path dir, int kept) {
        if (kept < 1) {
            throw new IllegalArgumentException("keeps at least one connection: " + kept);
        }
        this.dir = dir;
        this.kept = kept;
    }

    @Override
    public ArticleStore open() {
        if (!Database.isIn(dir)) {
            throw new StoreNotFoundException("no store at " + dir + ": run newsgraph analyze first");
        }
        Connection connection;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the views of store " + dir + " are closed");
            }
            connection = idle.pollFirst();
        }
        return SqliteArticleStore.readOnlyOn(dir, connection == null ? Database.forReading(dir) : connection,
                this::giveBack);
    }

    /** Takes back a connection whose view ended its transaction; closes it when enough are kept. */
    private void giveBack(Connection connection) {
        synchronized (this) {
            if (!closed && idle.size() < kept) {
                idle.addFirst(connection);
                return;
            }
        }
        quietlyClose(connection);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(PooledReadViews::quietlyClose);
            idle.clear();
        }
    }

    private static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // a read-only connection holds nothing to lose; the next view opens another
        }
    }
}
