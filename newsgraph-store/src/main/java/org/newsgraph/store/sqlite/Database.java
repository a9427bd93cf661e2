package org.newsgraph.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.newsgraph.store.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * A store's SQLite file, {@code newsgraph.db}, and the two ways it is opened: by its one writer,
 * which sets how it is written, or read-only, taking the database as the writer made it.
 */
final class Database {

    static final String FILE = "newsgraph.db";

    private Database() {}

    /** Whether the store directory {@code dir} holds a database. */
    static boolean isIn(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /** A connection for the writer, creating the database if it is missing. */
    static Connection forWriting(Path dir) {
        SQLiteConfig config = new SQLiteConfig();
        // WAL: a commit is an append, a killed process leaves every committed transaction readable,
        // and readers read beside the writer.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL, not FULL: in WAL mode it loses no commit when the process dies, only the last
        // few on power loss or an OS crash, and the database stays consistent. Those articles are
        // simply analysed again on resume, which is cheaper than an fsync per article.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // Per connection in SQLite, and off by default; the schema relies on it to cascade deletes.
        config.enforceForeignKeys(true);
        return connect(config, dir, "cannot open store ");
    }

    /**
     * A connection that SQLite refuses every write on (it opens the file read-only). It sets no
     * journal mode: changing one is a write, and the writer made the database WAL already.
     */
    static Connection forReading(Path dir) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return connect(config, dir, "cannot open store to read ");
    }

    private static Connection connect(SQLiteConfig config, Path dir, String failure) {
        try {
            return config.createConnection("jdbc:sqlite:" + dir.resolve(FILE));
        } catch (SQLException e) {
            throw new StoreException(failure + dir + ": " + e.getMessage(), e);
        }
    }
}
