package org.newsgraph.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.store.StoreException;

/**
 * Runs work in one SQLite transaction: committed whole, or rolled back and rethrown.
 *
 * <p>Transactions are begun and ended with SQL statements while the connection stays in
 * auto-commit mode, because the driver's {@code setAutoCommit(true)} issues a COMMIT: after a
 * rollback that itself failed, that would commit half an article.
 */
final class Transaction {

    /** Work on the connection inside the transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transaction() {}

    /** Reads in one snapshot, so several queries see the same state. */
    static <T> T read(Connection connection, String what, Work<T> work) {
        return run(connection, "BEGIN DEFERRED", what, work);
    }

    /**
     * Begins a read transaction and leaves it open: from the first read on, the connection sees the
     * database as it was then (in WAL mode, whatever writers commit meanwhile) until it is closed.
     */
    static void beginSnapshot(Connection connection, String what) {
        try {
            execute(connection, "BEGIN DEFERRED");
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    /** Ends the read transaction {@link #beginSnapshot} began; false when it could not (the connection is to be closed). */
    static boolean endSnapshot(Connection connection) {
        try {
            if (!connection.getAutoCommit() || connection.isClosed()) {
                return false;
            }
            execute(connection, "ROLLBACK");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs work in the transaction already open on the connection (see {@link #beginSnapshot}). */
    static <T> T inSnapshot(Connection connection, String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    /** Writes, taking the write lock up front so a busy database fails at BEGIN, not midway. */
    static <T> T write(Connection connection, String what, Work<T> work) {
        return run(connection, "BEGIN IMMEDIATE", what, work);
    }

    private static <T> T run(Connection connection, String begin, String what, Work<T> work) {
        try {
            execute(connection, begin);
        } catch (SQLException e) {
            throw failed(what, e);
        }
        try {
            T result = work.run(connection);
            execute(connection, "COMMIT");
            return result;
        } catch (SQLException e) {
            throw rolledBack(connection, failed(what, e));
        } catch (RuntimeException | Error e) {
            rolledBack(connection, e);
            throw e;
        }
    }

    private static StoreException failed(String what, SQLException e) {
        return new StoreException(what + " failed: " + e.getMessage(), e);
    }

    private static <E extends Throwable> E rolledBack(Connection connection, E failure) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself on some errors (disk full, I/O); then there is nothing to undo.
            failure.addSuppressed(e);
        }
        return failure;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of every row the statement returns, as longs (ids), in row order. */
    static List<Long> queryLongs(PreparedStatement ps) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    /** The first column of the first row of a query that always returns one, as a long (a count). */
    static long queryLong(Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
