package org.newsgraph.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.dedup.SeenArticles;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEntities;
import org.newsgraph.store.EventClusters;
import org.newsgraph.store.StoreLockedException;
import org.sqlite.SQLiteConfig;
import org.newsgraph.store.StoreException;

/**
 * The article store in one SQLite file, {@code newsgraph.db}, in a directory that one process
 * holds for as long as the store is open. Every save is one transaction. Methods are
 * synchronized because they share one connection.
 */
public final class SqliteArticleStore implements ArticleStore {

    static final String DATABASE_FILE = "newsgraph.db";

    private static final String UPSERT_REJECTION = """
            INSERT INTO rejections (input, reason) VALUES (?, ?)
            ON CONFLICT (input, reason) DO UPDATE SET last_seen = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')""";
    private static final String REJECTIONS = "SELECT input, reason FROM rejections ORDER BY id";

    private final Path dir;
    private final StoreLock lock;
    private final Connection connection;
    private boolean closed;

    private SqliteArticleStore(Path dir, StoreLock lock, Connection connection) {
        this.dir = dir;
        this.lock = lock;
        this.connection = connection;
    }

    /**
     * Opens the store in {@code dir}, creating the directory and database if missing and bringing
     * the schema up to date.
     *
     * @throws StoreLockedException if another process, or another open store in this JVM, holds it
     * @throws StoreException       if the database cannot be opened or is newer than this code
     */
    public static SqliteArticleStore open(Path dir) {
        createDirectories(dir);
        StoreLock lock = StoreLock.acquire(dir);
        try {
            return new SqliteArticleStore(dir, lock, migrated(connect(dir), dir));
        } catch (RuntimeException e) {
            throw closing(lock, e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path dir) {
        SQLiteConfig config = new SQLiteConfig();
        // WAL: a commit is an append, and a killed process leaves every committed transaction readable.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL, not FULL: in WAL mode it loses no commit when the process dies, only the last
        // few on power loss or an OS crash, and the database stays consistent. Those articles are
        // simply analysed again on resume, which is cheaper than an fsync per article.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // Per connection in SQLite, and off by default; the schema relies on it to cascade deletes.
        config.enforceForeignKeys(true);
        try {
            return config.createConnection("jdbc:sqlite:" + dir.resolve(DATABASE_FILE));
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Connection migrated(Connection connection, Path dir) {
        try {
            Migrations.bundled().apply(connection, dir);
            return connection;
        } catch (RuntimeException e) {
            throw closing(connection, e);
        }
    }

    // In both closings below a second failure is only recorded: the first one is what to report.
    private static RuntimeException closing(Connection connection, RuntimeException failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private static RuntimeException closing(StoreLock lock, RuntimeException failure) {
        try {
            lock.close();
        } catch (StoreException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    @Override
    public synchronized Optional<Known> find(String contentHash, String sourceKey) {
        requireOpen();
        return Transaction.read(connection, "finding " + sourceKey + " in store " + dir,
                c -> ArticleRowReader.find(c, contentHash, sourceKey));
    }

    @Override
    public synchronized Optional<Long> firstWithContent(String contentHash) {
        requireOpen();
        return Transaction.read(connection, "finding content " + contentHash + " in store " + dir,
                c -> ArticleRowReader.firstOk(c, contentHash));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if the same content and source is stored with a status other
     *                               than FAILED: callers ask {@link #find} first
     */
    @Override
    public synchronized long save(AnalyzedArticle article) {
        requireOpen();
        return Transaction.write(connection, "saving " + article.source().sourceKey() + " in store " + dir, c -> {
            Optional<Known> known = ArticleRowReader.find(c, article.contentHash(), article.source().sourceKey());
            if (known.isPresent()) {
                removeFailed(c, known.get(), article);
            }
            return ArticleRowWriter.insert(c, article);
        });
    }

    private static void removeFailed(Connection c, Known known, AnalyzedArticle article) throws SQLException {
        if (known.status() != ArticleStatus.FAILED) {
            throw new IllegalStateException(article.source().sourceKey() + " with content " + article.contentHash()
                    + " is already stored as " + StoredArticle.exportId(known.id()) + " (" + known.status().label()
                    + "); only a failed article is replaced, so check find() before save()");
        }
        ArticleRowWriter.delete(c, known.id());
    }

    @Override
    public synchronized void recordRejection(Rejection rejection) {
        requireOpen();
        Transaction.write(connection, "recording rejection of " + rejection.input() + " in store " + dir, c -> {
            try (PreparedStatement ps = c.prepareStatement(UPSERT_REJECTION)) {
                ps.setString(1, rejection.input());
                ps.setString(2, rejection.reason());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public synchronized List<StoredArticle> articles() {
        requireOpen();
        return Transaction.read(connection, "reading articles of store " + dir, ArticleRowReader::all);
    }

    @Override
    public synchronized List<Rejection> rejections() {
        requireOpen();
        return Transaction.read(connection, "reading rejections of store " + dir, c -> {
            List<Rejection> rejections = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(REJECTIONS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rejections.add(new Rejection(rs.getString(1), rs.getString(2)));
                }
            }
            return rejections;
        });
    }

    /**
     * The fingerprints of articles seen for finding copies, kept in this store's database and
     * usable while it is open. Remember an article after saving it: the fingerprint refers to its row.
     */
    @Override
    public SeenArticles seenArticles() {
        return new SqliteSeenArticles(this, connection, dir);
    }

    /** The corpus entities in this store's database, usable while it is open. */
    /** The event clusters, kept in this store's database and usable while it is open. */
    @Override
    public EventClusters eventClusters() {
        return new SqliteEventClusters(this, dir);
    }

    @Override
    public CorpusEntities corpusEntities() {
        return new SqliteCorpusEntities(this);
    }

    /** Closes the connection, then lets go of the directory. Closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw closing(lock, new StoreException("cannot close store " + dir + ": " + e.getMessage(), e));
        }
        lock.close();
    }

    /**
     * Runs work in a read transaction on this store's connection, holding the store's lock as its
     * own methods do: for the tables kept beside the articles ({@code what} names the work).
     */
    synchronized <T> T reading(String what, Transaction.Work<T> work) {
        requireOpen();
        return Transaction.read(connection, what + " of store " + dir, work);
    }

    /** Runs work in a write transaction, as {@link #reading} does. */
    synchronized <T> T writing(String what, Transaction.Work<T> work) {
        requireOpen();
        return Transaction.write(connection, what + " in store " + dir, work);
    }

    void requireOpen() {
        if (closed) {
            throw new IllegalStateException("store " + dir + " is closed");
        }
    }
}
