package org.newsgraph.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks into a store's database through a connection of its own, as a person with the sqlite3
 * shell would; WAL lets it read while the store is open.
 */
final class Sql {

    private Sql() {}

    static Connection connect(Path storeDir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + storeDir.resolve(Database.FILE));
    }

    static long count(Path storeDir, String sql) throws SQLException {
        return Long.parseLong(text(storeDir, sql));
    }

    /** The first column of the first row. */
    static String text(Path storeDir, String sql) throws SQLException {
        return text(storeDir, sql, 1);
    }

    /** The given column of every row, one line each. */
    static String text(Path storeDir, String sql, int column) throws SQLException {
        try (Connection c = connect(storeDir); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(column));
            }
            return String.join("\n", rows);
        }
    }

    static void execute(Path storeDir, String sql) throws SQLException {
        try (Connection c = connect(storeDir); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
