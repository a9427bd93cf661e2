package org.newsgraph.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsgraph.dedup.SeenArticles;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleHead;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEntities;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.store.EventClusters;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreLockedException;
import org.newsgraph.store.StoreNotFoundException;
import org.newsgraph.store.StoreVersionException;

/**
 * The article store in one SQLite file, {@code newsgraph.db}, in a directory. A writable store is
 * held by one process for as long as it is open: the lock file guards writers only. A read-only
 * view takes no lock and reads beside a writer (WAL), in one snapshot. Every save is one
 * transaction. Methods are synchronized because they share one connection.
 */
public final class SqliteArticleStore implements ArticleStore {

    private static final String UPSERT_REJECTION = """
            INSERT INTO rejections (input, reason) VALUES (?, ?)
            ON CONFLICT (input, reason) DO UPDATE SET last_seen = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')""";
    private static final String REJECTIONS = "SELECT input, reason FROM rejections ORDER BY id";
    // The two frontiers of the corpus model: the newest article placed in a cluster (an update
    // places articles in id order) and the newest the entities were resolved through.
    private static final String PLACED_THROUGH = "SELECT coalesce(max(article_id), 0) FROM cluster_members";
    private static final String RESOLVED_THROUGH = "SELECT resolved_through FROM corpus_entity_state";
    private static final String OUTSIDE_CORPUS_MODEL = """
            SELECT count(*) FROM articles a
            WHERE a.id > ? AND a.status IN ('ok', 'duplicate')
              AND (a.id > ? OR EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id))""";

    // Dated as the export dates it: its own day, else its cluster's when an article of it has one.
    private static final String HEADS = """
            SELECT a.id, a.file, a.outlet, a.published_date IS NOT NULL OR EXISTS (
                    SELECT 1 FROM cluster_members m JOIN cluster_members n ON n.cluster_id = m.cluster_id
                    JOIN articles b ON b.id = n.article_id
                    WHERE m.article_id = a.id AND b.published_date IS NOT NULL)
            FROM articles a WHERE a.id IN (%s) ORDER BY a.id""";
    private static final int HEAD_BATCH = 10_000;
    private static final String COUNT_WITH_STATUS = "SELECT count(*) FROM articles WHERE status = ?";

    private final Path dir;
    /** Null for a read-only view, which takes no lock. */
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
     * @throws StoreLockedException  if another process, or another open store in this JVM, holds it
     * @throws StoreVersionException if the database is newer than this code
     * @throws StoreException        if the database cannot be opened
     */
    public static SqliteArticleStore open(Path dir) {
        createDirectories(dir);
        StoreLock lock = StoreLock.acquire(dir);
        try {
            return new SqliteArticleStore(dir, lock, migrated(Database.forWriting(dir), dir));
        } catch (RuntimeException e) {
            throw closing(lock, e);
        }
    }

    /**
     * Opens a read-only view of the store in {@code dir}. It takes no lock, so it reads while an
     * analyze writes, and it reads one snapshot, the database as it was when opened, so that all
     * its reads agree. It creates, migrates and writes nothing: a write through it is a bug, and
     * throws {@link IllegalStateException} naming the operation.
     *
     * @throws StoreNotFoundException if there is no store in {@code dir}
     * @throws StoreVersionException  if its schema is older or newer than this code's
     * @throws StoreException         if the database cannot be read
     */
    public static SqliteArticleStore openReadOnly(Path dir) {
        if (!Database.isIn(dir)) {
            throw new StoreNotFoundException("no store at " + dir + ": run newsgraph analyze first");
        }
        SqliteArticleStore view = new SqliteArticleStore(dir, null, Database.forReading(dir));
        try {
            Transaction.beginSnapshot(view.connection, "opening store " + dir + " to read");
            view.reading("checking the schema", c -> {
                Migrations.bundled().requireLatest(c, dir);
                return null;
            });
            return view;
        } catch (RuntimeException e) {
            throw closing(view.connection, e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
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
        return reading("finding " + sourceKey, c -> ArticleRowReader.find(c, contentHash, sourceKey));
    }

    @Override
    public synchronized Optional<Long> firstWithContent(String contentHash) {
        return reading("finding content " + contentHash, c -> ArticleRowReader.firstOk(c, contentHash));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if the same content and source is stored with a status other
     *                               than FAILED: callers ask {@link #find} first
     */
    @Override
    public synchronized long save(AnalyzedArticle article) {
        return writing("saving " + article.source().sourceKey(), c -> {
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
        writing("recording the rejection of " + rejection.input(), c -> {
            try (PreparedStatement ps = c.prepareStatement(UPSERT_REJECTION)) {
                ps.setString(1, rejection.input());
                ps.setString(2, rejection.reason());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public synchronized List<StoredArticle> articles() {
        return reading("reading the articles", ArticleRowReader::all);
    }

    @Override
    public synchronized List<StoredArticle> articles(Collection<Long> ids) {
        return reading("reading " + ids.size() + " articles", c -> ArticleRowReader.some(c, ids));
    }

    /** {@inheritDoc} By the primary key, reading no text. */
    @Override
    public synchronized List<ArticleHead> heads(Collection<Long> ids) {
        return reading("reading " + ids.size() + " article heads", c -> {
            List<ArticleHead> heads = new ArrayList<>();
            List<Long> all = List.copyOf(ids);
            for (int from = 0; from < all.size(); from += HEAD_BATCH) {
                // numbers written into the statement, never text from outside
                String in = all.subList(from, Math.min(all.size(), from + HEAD_BATCH)).stream().map(String::valueOf)
                        .collect(Collectors.joining(","));
                try (PreparedStatement ps = c.prepareStatement(HEADS.formatted(in)); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        heads.add(new ArticleHead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1));
                    }
                }
            }
            heads.sort(java.util.Comparator.comparingLong(ArticleHead::id));
            return heads;
        });
    }

    @Override
    public synchronized int count(ArticleStatus status) {
        return reading("counting the " + status.label() + " articles", c -> {
            try (PreparedStatement ps = c.prepareStatement(COUNT_WITH_STATUS)) {
                ps.setString(1, status.label());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public synchronized List<Rejection> rejections() {
        return reading("reading the rejections", c -> {
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
     * {@inheritDoc} Counted from the two frontiers the model keeps, the newest article placed in a
     * cluster and the newest the entities were resolved through: only the articles past the older
     * one are read, by the primary key.
     */
    @Override
    public synchronized int articlesOutsideCorpusModel() {
        return reading("counting the articles outside the corpus model", c -> {
            long placed = Transaction.queryLong(c, PLACED_THROUGH);
            long resolved = Transaction.queryLong(c, RESOLVED_THROUGH);
            try (PreparedStatement ps = c.prepareStatement(OUTSIDE_CORPUS_MODEL)) {
                ps.setLong(1, Math.min(placed, resolved));
                ps.setLong(2, placed);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * The fingerprints of articles seen for finding copies, kept in this store's database and
     * usable while it is open. Remember an article after saving it: the fingerprint refers to its row.
     */
    @Override
    public SeenArticles seenArticles() {
        return new SqliteSeenArticles(this);
    }

    /** The event clusters, kept in this store's database and usable while it is open. */
    @Override
    public EventClusters eventClusters() {
        return new SqliteEventClusters(this, dir);
    }

    /** The corpus events and stories in this store's database, usable while it is open. */
    @Override
    public CorpusEvents corpusEvents() {
        return new SqliteCorpusEvents(this);
    }

    /** The corpus entities in this store's database, usable while it is open. */
    @Override
    public CorpusEntities corpusEntities() {
        return new SqliteCorpusEntities(this);
    }

    /**
     * Closes the connection (which ends a read-only view's snapshot: SQLite rolls back the read
     * transaction), then lets go of the directory. Closing twice does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            StoreException failure = new StoreException("cannot close store " + dir + ": " + e.getMessage(), e);
            throw isReadOnly() ? failure : closing(lock, failure);
        }
        if (!isReadOnly()) {
            lock.close();
        }
    }

    /**
     * Runs work on this store's connection, holding the store's monitor as its own methods do: in a
     * read transaction of its own, or a read-only view's snapshot. For every read of this store and
     * of the tables kept beside its articles ({@code what} names the work).
     */
    synchronized <T> T reading(String what, Transaction.Work<T> work) {
        requireOpen();
        String where = what + " in store " + dir;
        return isReadOnly() ? Transaction.inSnapshot(connection, where, work) : Transaction.read(connection, where, work);
    }

    /**
     * Runs work in a write transaction, as {@link #reading} does: every write of this store goes here.
     *
     * @throws IllegalStateException through a read-only view, naming the operation: reads never write
     */
    synchronized <T> T writing(String what, Transaction.Work<T> work) {
        requireOpen();
        if (isReadOnly()) {
            throw new IllegalStateException(what + " in store " + dir + " refused: this view of the store is read-only");
        }
        return Transaction.write(connection, what + " in store " + dir, work);
    }

    private boolean isReadOnly() {
        return lock == null;
    }

    void requireOpen() {
        if (closed) {
            throw new IllegalStateException("store " + dir + " is closed");
        }
    }
}
