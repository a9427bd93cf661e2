package org.newsgraph.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newsgraph.dedup.SeenArticles;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleHead;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Mention;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.Span;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticlePart;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEntities;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.store.EventFilter;
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
    private static final String PUBLISHED_IN = """
            SELECT id FROM articles WHERE published_date >= ? AND published_date < ?
            UNION SELECT id FROM articles WHERE published_date IS NULL AND id >= ? ORDER BY id""";
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
                    WHERE m.article_id = a.id AND b.published_date IS NOT NULL),
                a.title, substr(a.published_date, 1, 10)
            FROM articles a WHERE a.id IN (%s) ORDER BY a.id""";
    private static final int HEAD_BATCH = 10_000;
    private static final String PAGE = "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?";
    // Some article entities by their keys, each probing the primary key of mentions.
    private static final String MENTIONS = """
            SELECT x.article_id, x.entity_local_id, x.span_start, x.span_end, x.text
            FROM (VALUES %s) AS k CROSS JOIN mentions x
            WHERE x.article_id = k.column1 AND x.entity_local_id = k.column2
            ORDER BY x.article_id, x.entity_local_id, x.seq""";
    private static final int MENTION_BATCH = 5_000;
    // ClusterDater's rule: the earliest day, on a tie the first report; by the index of members by cluster.
    private static final String EARLIEST_PUBLISHED = """
            SELECT m.cluster_id, a.published_date, a.published_basis, a.published_confidence
            FROM cluster_members m JOIN articles a ON a.id = m.article_id
            WHERE m.cluster_id IN (SELECT value FROM json_each(?)) AND a.published_basis <> 'none'
            ORDER BY m.cluster_id, substr(a.published_date, 1, 10), a.id""";
    // The first article of each set, in id order: an ok or duplicate article that no article of its
    // set comes before. Its set is its cluster's, else (placed in none) its original's (its own for
    // an original) with the original's copies placed in none. Each test is a probe of an index.
    private static final String SET_FIRSTS = """
            SELECT a.id, m.cluster_id, CASE WHEN a.status = 'duplicate' THEN a.duplicate_of ELSE a.id END
            FROM articles a LEFT JOIN cluster_members m ON m.article_id = a.id
            WHERE a.id > ? AND a.status IN ('ok', 'duplicate') AND CASE
                WHEN m.cluster_id IS NOT NULL THEN NOT EXISTS (
                    SELECT 1 FROM cluster_members n WHERE n.cluster_id = m.cluster_id AND n.article_id < a.id)
                ELSE NOT EXISTS (
                    SELECT 1 FROM articles b
                    WHERE b.id = a.duplicate_of AND a.status = 'duplicate' AND b.status = 'ok'
                        AND NOT EXISTS (SELECT 1 FROM cluster_members x WHERE x.article_id = b.id))
                    AND NOT EXISTS (
                    SELECT 1 FROM articles b
                    WHERE b.duplicate_of = CASE WHEN a.status = 'duplicate' THEN a.duplicate_of ELSE a.id END
                        AND b.status = 'duplicate' AND b.id < a.id
                        AND NOT EXISTS (SELECT 1 FROM cluster_members x WHERE x.article_id = b.id))
                END
            ORDER BY a.id LIMIT ?""";
    private static final String CLUSTER_SET = "SELECT article_id FROM cluster_members WHERE cluster_id = ? ORDER BY article_id";
    private static final String ALONE_SET = """
            SELECT b.id FROM articles b
            WHERE (b.id = ?1 AND b.status = 'ok' OR b.duplicate_of = ?1 AND b.status = 'duplicate')
                AND NOT EXISTS (SELECT 1 FROM cluster_members x WHERE x.article_id = b.id)
            ORDER BY b.id""";
    private static final String COUNT_WITH_STATUS = "SELECT count(*) FROM articles WHERE status = ?";
    private static final String OUTLETS = "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL";

    private final Path dir;
    /** Null for a read-only view, which takes no lock. */
    private final StoreLock lock;
    private final Connection connection;
    /** Where a pooled view gives its connection back when closed; null to close it. */
    private final Consumer<Connection> giveBack;
    private boolean closed;

    private SqliteArticleStore(Path dir, StoreLock lock, Connection connection) {
        this(dir, lock, connection, null);
    }

    private SqliteArticleStore(Path dir, StoreLock lock, Connection connection, Consumer<Connection> giveBack) {
        this.dir = dir;
        this.lock = lock;
        this.connection = connection;
        this.giveBack = giveBack;
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
        return readOnlyOn(dir, Database.forReading(dir), null);
    }

    /**
     * A read-only view on a read-only connection: one snapshot from its first read until closed.
     * Closed, it ends its read transaction and gives the connection to {@code giveBack} (null: closes
     * it); one that failed to open, or to end its transaction, is closed instead.
     */
    static SqliteArticleStore readOnlyOn(Path dir, Connection connection, Consumer<Connection> giveBack) {
        SqliteArticleStore view = new SqliteArticleStore(dir, null, connection, giveBack);
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

    /**
     * How the store's files stand on disk: the size and time of change of the database and of its
     * write-ahead log. Every commit writes the log (and a checkpoint the database), so a stamp
     * equal to one taken before says nothing was committed since; reading it opens nothing.
     */
    public static String diskStamp(Path dir) {
        StringBuilder stamp = new StringBuilder();
        for (String file : List.of(Database.FILE, Database.FILE + "-wal")) {
            Path path = dir.resolve(file);
            try {
                stamp.append(Files.size(path)).append('@').append(Files.getLastModifiedTime(path).toMillis()).append(' ');
            } catch (IOException missing) {
                stamp.append("- ");
            }
        }
        return stamp.toString();
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

    /** {@inheritDoc} By the index of publication days (V16), and the primary key for the undated. */
    @Override
    public synchronized List<Long> idsPublished(String from, String to, long undatedSince) {
        if (from == null) {
            return reading("reading the article ids", c -> ids(c, "SELECT id FROM articles ORDER BY id"));
        }
        String next = LocalDate.parse(to).plusDays(1).toString();
        return reading("reading the ids of the articles published from " + from + " to " + to, c -> {
            try (PreparedStatement ps = c.prepareStatement(PUBLISHED_IN)) {
                ps.setString(1, from);
                ps.setString(2, next);
                ps.setLong(3, undatedSince);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return Transaction.queryLongs(ps);
        }
    }

    /** {@inheritDoc} By the primary key, each part asked for by one query of its table for the page. */
    @Override
    public synchronized List<StoredArticle> articlesAfter(long after, int count, Set<ArticlePart> parts) {
        return reading("reading " + count + " articles after " + StoredArticle.exportId(after), c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(PAGE)) {
                ps.setLong(1, after);
                ps.setInt(2, count);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids.isEmpty() ? List.of() : ArticleRowReader.some(c, ids, parts);
        });
    }

    /** {@inheritDoc} By the primary key of mentions. */
    @Override
    public synchronized Map<EntityRef, List<Mention>> mentions(Collection<EntityRef> entities) {
        return reading("reading the mentions of " + entities.size() + " entities", c -> {
            Map<EntityRef, List<Mention>> mentions = new HashMap<>();
            List<EntityRef> all = List.copyOf(entities);
            for (int from = 0; from < all.size(); from += MENTION_BATCH) {
                // numbers written into the statement, never text from outside
                String keys = all.subList(from, Math.min(all.size(), from + MENTION_BATCH)).stream()
                        .map(r -> "(" + r.article() + "," + r.index() + ")").collect(Collectors.joining(","));
                mentions.putAll(ArticleRowReader.group(c, MENTIONS.formatted(keys),
                        rs -> new EntityRef(rs.getLong(1), rs.getInt(2)),
                        rs -> new Mention(new Span(rs.getInt(3), rs.getInt(4)), rs.getString(5))));
            }
            return mentions;
        });
    }

    /** {@inheritDoc} By the index of members by cluster. */
    @Override
    public synchronized Map<Long, PublicationDate> earliestPublished(Collection<Long> clusters) {
        return reading("reading the earliest dates of " + clusters.size() + " clusters", c -> {
            Map<Long, PublicationDate> earliest = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(EARLIEST_PUBLISHED)) {
                ps.setString(1, ArticleRowReader.idArray(clusters));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        earliest.putIfAbsent(rs.getLong(1), new PublicationDate(rs.getString(2),
                                Basis.fromLabel(rs.getString(3)), rs.getDouble(4)));
                    }
                }
            }
            return earliest;
        });
    }

    /** {@inheritDoc} The first article of each set by a scan of the primary key, its set by an index. */
    @Override
    public synchronized List<List<Long>> clusterSetsAfter(long after, int count) {
        return reading("reading " + count + " article sets of the clusters", c -> {
            List<List<Long>> sets = new ArrayList<>();
            try (PreparedStatement firsts = c.prepareStatement(SET_FIRSTS);
                 PreparedStatement cluster = c.prepareStatement(CLUSTER_SET);
                 PreparedStatement alone = c.prepareStatement(ALONE_SET)) {
                ArticleRowWriter.bind(firsts, after, count);
                try (ResultSet rs = firsts.executeQuery()) {
                    while (rs.next()) {
                        long clusterId = rs.getLong(2);
                        boolean placed = !rs.wasNull();
                        PreparedStatement members = placed ? cluster : alone;
                        members.setLong(1, placed ? clusterId : rs.getLong(3));
                        sets.add(Transaction.queryLongs(members));
                    }
                }
            }
            return sets;
        });
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
                        heads.add(new ArticleHead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1,
                                rs.getString(5), rs.getString(6)));
                    }
                }
            }
            heads.sort(java.util.Comparator.comparingLong(ArticleHead::id));
            return heads;
        });
    }

    /** {@inheritDoc} By the indexes of events by type, kind, period and place, and of articles by outlet (V18). */
    @Override
    public synchronized List<CorpusEvent> events(EventFilter filter, CorpusEvents.Key after, int skip, int count) {
        return reading("reading " + count + " events a listing picks",
                c -> SqliteCorpusEvents.events(c, SqliteCorpusEvents.keys(c, filter, after, skip, count)));
    }

    /** {@inheritDoc} By the indexes {@link #events(EventFilter, CorpusEvents.Key, int, int)} reads. */
    @Override
    public synchronized int countEvents(EventFilter filter) {
        return reading("counting the events a listing picks", c -> SqliteCorpusEvents.count(c, filter));
    }

    /** {@inheritDoc} By the index of articles by outlet (V18). */
    @Override
    public synchronized Set<String> outlets() {
        return reading("reading the outlets", c -> {
            Set<String> outlets = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(OUTLETS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    outlets.add(rs.getString(1));
                }
            }
            return outlets;
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
    public synchronized List<StoredArticle> articles(Collection<Long> ids, Set<ArticlePart> parts) {
        return reading("reading " + ids.size() + " articles", c -> ArticleRowReader.some(c, ids, parts));
    }

    /** {@inheritDoc} By the primary key, and the index of articles by outlet for outlets (V18). */
    @Override
    public synchronized List<Long> articleIds(Set<String> outlets, ArticleStatus status, int skip, int count) {
        return reading("reading " + count + " article ids a listing picks",
                c -> ArticleListings.articleIds(c, outlets, status, skip, count));
    }

    @Override
    public synchronized int countArticles(Set<String> outlets, ArticleStatus status) {
        return reading("counting the articles a listing picks", c -> ArticleListings.countArticles(c, outlets, status));
    }

    /** {@inheritDoc} By the primary key of quotes or claims, and of entity members for speakers. */
    @Override
    public synchronized List<PartKey> partKeys(ArticlePart part, Set<Long> speakers, int skip, int count) {
        return reading("reading " + count + " keys of " + PartKey.table(part),
                c -> ArticleListings.partKeys(c, part, speakers, skip, count));
    }

    @Override
    public synchronized int countParts(ArticlePart part, Set<Long> speakers) {
        return reading("counting " + PartKey.table(part), c -> ArticleListings.countParts(c, part, speakers));
    }

    @Override
    public synchronized int countRejections() {
        return reading("counting the rejections", c -> (int) Transaction.queryLong(c, "SELECT count(*) FROM rejections"));
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
        if (giveBack != null && Transaction.endSnapshot(connection)) {
            giveBack.accept(connection);
            return;
        }
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
