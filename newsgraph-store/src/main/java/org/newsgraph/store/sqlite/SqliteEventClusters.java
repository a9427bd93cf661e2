package org.newsgraph.store.sqlite;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.ClusterHistoryEntry;
import org.newsgraph.model.ClusterMerge;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.Placement;
import org.newsgraph.store.EventClusters;
import org.newsgraph.store.StoreException;

/**
 * The event clusters in the store's database (migration V7), on the store's connection. Methods
 * run through the store's own reading and writing, because they share its connection.
 */
final class SqliteEventClusters implements EventClusters {

    /** SQLite's default limit of host parameters in one statement is 999 (32766 since 3.32). */
    private static final int BATCH = 500;
    private static final String MEMBERS = "SELECT article_id, cluster_id FROM cluster_members ORDER BY article_id";
    private static final String MEMBERS_OF = """
            SELECT article_id, cluster_id FROM cluster_members WHERE article_id IN (SELECT value FROM json_each(?))""";
    private static final String CLUSTER_OF = "SELECT cluster_id FROM cluster_members WHERE article_id = ?";
    private static final String MEMBERS_OF_CLUSTER =
            "SELECT article_id FROM cluster_members WHERE cluster_id = ? ORDER BY article_id";
    private static final String PROFILED = "SELECT value FROM cluster_counts WHERE name = 'profiled_articles'";
    private static final String COUNT_PROFILED =
            "UPDATE cluster_counts SET value = value + 1 WHERE name = 'profiled_articles'";
    private static final String PROFILE = """
            SELECT id, size, terms, type, participants, place_entity, place_geoname, place_country,
                place_is_country, place_latitude, place_longitude, place_stated, event_date, published, last_published,
                published_stated, embedding, outlets
            FROM event_clusters WHERE id = ?""";
    private static final String PLACES_EVERY_ARTICLE = """
            SELECT NOT EXISTS (SELECT 1 FROM articles a
                WHERE (a.status = 'ok'
                       OR a.status = 'duplicate' AND a.duplicate_of IN (SELECT article_id FROM cluster_members))
                  AND a.id NOT IN (SELECT article_id FROM cluster_members))""";
    private static final String UNPLACED = """
            SELECT a.id FROM articles a
            WHERE a.status IN ('ok', 'duplicate') AND a.id NOT IN (SELECT article_id FROM cluster_members)
            ORDER BY a.id""";
    private static final String NEXT_ID = "SELECT coalesce(max(id), 0) + 1 FROM event_clusters";
    private static final String PLACEMENTS =
            "SELECT article_id, cluster_id, opened, score, reason FROM cluster_members ORDER BY article_id";
    private static final String PLACEMENTS_OF =
            "SELECT article_id, cluster_id, opened, score, reason FROM cluster_members WHERE cluster_id = ? ORDER BY article_id";
    private static final String PLACEMENTS_IN = """
            SELECT article_id, cluster_id, opened, score, reason FROM cluster_members WHERE cluster_id IN (%s)
            ORDER BY article_id""";
    /** A range of the index of members by cluster, each cluster's members counted there. */
    static final String WITH_MEMBERS = """
            SELECT cluster_id FROM cluster_members GROUP BY cluster_id HAVING count(*) >= ? ORDER BY cluster_id
            LIMIT ? OFFSET ?""";
    static final String COUNT_WITH_MEMBERS = """
            SELECT count(*) FROM (SELECT cluster_id FROM cluster_members GROUP BY cluster_id HAVING count(*) >= ?)""";
    /**
     * An update in place when the cluster is there: INSERT OR REPLACE would delete the row first,
     * and deleting a row makes SQLite look for rows that refer to it (merged_into, cluster_merges),
     * which costs more the more clusters there are.
     */
    private static final String UPSERT_CLUSTER = """
            INSERT INTO event_clusters (id, size, terms, type, participants, place_entity, place_geoname,
                place_country, place_is_country, place_latitude, place_longitude, place_stated, event_date, published,
                last_published, published_stated, embedding, outlets)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET size = excluded.size, terms = excluded.terms, type = excluded.type,
                participants = excluded.participants, place_entity = excluded.place_entity,
                place_geoname = excluded.place_geoname, place_country = excluded.place_country,
                place_is_country = excluded.place_is_country, place_latitude = excluded.place_latitude,
                place_longitude = excluded.place_longitude, place_stated = excluded.place_stated,
                event_date = excluded.event_date, published = excluded.published,
                last_published = excluded.last_published, published_stated = excluded.published_stated,
                embedding = excluded.embedding, outlets = excluded.outlets""";
    private static final String INSERT_MEMBER = """
            INSERT INTO cluster_members (article_id, cluster_id, opened, copy, score, reason)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String COUNT_TERM = """
            INSERT INTO term_counts (term, df) VALUES (?, 1)
            ON CONFLICT (term) DO UPDATE SET df = df + 1""";

    private final SqliteArticleStore store;
    private final Path dir;

    SqliteEventClusters(SqliteArticleStore store, Path dir) {
        this.store = store;
        this.dir = dir;
    }

    @Override
    public Map<Long, Long> assignment() {
        return read("reading cluster members", c -> {
            Map<Long, Long> clusters = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(MEMBERS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    clusters.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return clusters;
        });
    }

    /** {@inheritDoc} By the primary key. */
    @Override
    public Map<Long, Long> assignment(Collection<Long> articles) {
        return read("reading the clusters of " + articles.size() + " articles", c -> {
            Map<Long, Long> clusters = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(MEMBERS_OF)) {
                ps.setString(1, ArticleRowReader.idArray(articles));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        clusters.put(rs.getLong(1), rs.getLong(2));
                    }
                }
            }
            return clusters;
        });
    }

    /** {@inheritDoc} By the index of members by cluster. */
    @Override
    public List<Long> members(long cluster) {
        return read("reading the members of cluster " + cluster, c -> members(c, cluster));
    }

    @Override
    public Optional<Long> clusterOf(long article) {
        return read("reading the cluster of article " + article, c -> {
            try (PreparedStatement ps = c.prepareStatement(CLUSTER_OF)) {
                ps.setLong(1, article);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public int profiledArticles() {
        return read("counting clustered articles", c -> (int) Transaction.queryLong(c, PROFILED));
    }

    @Override
    public Map<String, Integer> documentFrequencies(Collection<String> terms) {
        return read("reading term counts", c -> {
            Map<String, Integer> df = new HashMap<>();
            for (List<String> batch : batches(terms)) {
                String sql = "SELECT term, df FROM term_counts WHERE term IN (" + marks(batch.size()) + ")";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, batch);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            df.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                }
            }
            return df;
        });
    }

    @Override
    public List<Long> candidates(Collection<String> keys, DatePeriod lastPublished, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> some = keys.stream().distinct().limit(BATCH).toList();
        String marks = marks(some.size());
        String within = lastPublished == null ? ""
                : " AND last_day BETWEEN ? AND ? UNION ALL SELECT cluster_id FROM cluster_keys WHERE key IN ("
                        + marks + ") AND last_day IS NULL";
        String sql = "SELECT cluster_id FROM (SELECT cluster_id FROM cluster_keys WHERE key IN (" + marks + ")"
                + within + ") GROUP BY cluster_id ORDER BY count(*) DESC, cluster_id DESC LIMIT ?";
        return read("finding candidate clusters", c -> {
            List<Long> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int next = bind(ps, 1, some);
                if (lastPublished != null) {
                    ps.setString(next++, lastPublished.first().toString());
                    ps.setString(next++, lastPublished.last().toString());
                    next = bind(ps, next, some);
                }
                ps.setInt(next, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public ClusterProfile profile(long cluster) {
        return read("reading cluster " + cluster, c -> {
            try (PreparedStatement ps = c.prepareStatement(PROFILE)) {
                ps.setLong(1, cluster);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("store " + dir + " has no cluster " + cluster);
                    }
                    return profile(rs);
                }
            }
        });
    }

    @Override
    public long nextId() {
        return read("reading the next cluster id", c -> Transaction.queryLong(c, NEXT_ID));
    }

    @Override
    public void place(Placement placement, ClusterProfile updated, Collection<String> keys,
            Collection<String> articleTerms) {
        if (placement.cluster() != updated.id()) {
            throw new IllegalArgumentException("placement in " + placement.cluster() + " with profile of " + updated.id());
        }
        write("placing article " + placement.article() + " in a cluster", c -> {
            upsert(c, updated);
            insertMember(c, placement, false);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM cluster_keys WHERE cluster_id = ?")) {
                ps.setLong(1, updated.id());
                ps.executeUpdate();
            }
            insertKeys(c, updated, keys);
            try (PreparedStatement ps = c.prepareStatement(COUNT_PROFILED)) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(COUNT_TERM)) {
                for (String term : articleTerms) {
                    ps.setString(1, term);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void merge(ClusterMerge merge, ClusterProfile into, Collection<String> keys) {
        if (into.id() != merge.into()) {
            throw new IllegalArgumentException("merge into " + merge.into() + " with profile of " + into.id());
        }
        write("merging cluster " + merge.from() + " into " + merge.into(), c -> {
            List<Long> moved = members(c, merge.from());
            update(c, "UPDATE cluster_members SET cluster_id = ? WHERE cluster_id = ?", merge.into(), merge.from());
            insertHistory(c, new ClusterChange(ClusterChange.Kind.MERGE, merge.from(), merge.into(), moved,
                    merge.score(), merge.reason()));
            update(c, "UPDATE event_clusters SET merged_into = ? WHERE id = ?", merge.into(), merge.from());
            update(c, "DELETE FROM cluster_keys WHERE cluster_id IN (?, ?)", merge.into(), merge.from());
            upsert(c, into);
            insertKeys(c, into, keys);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO cluster_merges (from_id, into_id, score, reason) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, merge.from());
                ps.setLong(2, merge.into());
                ps.setDouble(3, merge.score());
                ps.setString(4, merge.reason());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void change(ClusterChange change, List<ClusterProfile> after, Map<Long, List<String>> keys) {
        write(change.kind().key() + " of clusters " + change.from() + " and " + change.into(), c -> {
            boolean merge = change.kind() == ClusterChange.Kind.MERGE;
            if (!merge && change.into() < Transaction.queryLong(c, NEXT_ID)) {
                throw new StoreException("a split must give a new id, c" + change.into() + " was given before");
            }
            for (ClusterProfile p : after) {
                upsert(c, p);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE cluster_members SET cluster_id = ? WHERE article_id = ? AND cluster_id = ?")) {
                for (long article : change.articles()) {
                    ps.setLong(1, change.into());
                    ps.setLong(2, article);
                    ps.setLong(3, change.from());
                    ps.addBatch();
                }
                int[] done = ps.executeBatch();
                if (java.util.Arrays.stream(done).sum() != change.articles().size()) {
                    throw new StoreException("the " + change.kind().key() + " moves articles not in c" + change.from()
                            + ": " + change.articles());
                }
            }
            update(c, "DELETE FROM cluster_keys WHERE cluster_id IN (?, ?)", change.into(), change.from());
            for (ClusterProfile p : after) {
                insertKeys(c, p, keys.getOrDefault(p.id(), List.of()));
            }
            if (merge) {
                update(c, "UPDATE event_clusters SET merged_into = ? WHERE id = ?", change.into(), change.from());
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO cluster_merges (from_id, into_id, score, reason) VALUES (?, ?, ?, ?)")) {
                    ps.setLong(1, change.from());
                    ps.setLong(2, change.into());
                    ps.setDouble(3, change.score());
                    ps.setString(4, change.reason());
                    ps.executeUpdate();
                }
            }
            insertHistory(c, change);
            return null;
        });
    }

    private static List<Long> members(Connection c, long cluster) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MEMBERS_OF_CLUSTER)) {
            ps.setLong(1, cluster);
            return Transaction.queryLongs(ps);
        }
    }

    private static void insertHistory(Connection c, ClusterChange change) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO cluster_history (at, kind, from_id, into_id, articles, score, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            ps.setString(2, change.kind().key());
            ps.setLong(3, change.from());
            ps.setLong(4, change.into());
            StringJoiner ids = new StringJoiner(",");
            change.articles().forEach(a -> ids.add(Long.toString(a)));
            ps.setString(5, ids.toString());
            ps.setDouble(6, change.score());
            ps.setString(7, change.reason());
            ps.executeUpdate();
        }
    }

    @Override
    public List<ClusterHistoryEntry> history() {
        return read("reading the clusters' history", c -> {
            List<ClusterHistoryEntry> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at, kind, from_id, into_id, articles, score, reason FROM cluster_history ORDER BY seq");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Long> articles = new ArrayList<>();
                    for (String id : rs.getString(6).split(",")) {
                        if (!id.isBlank()) {
                            articles.add(Long.parseLong(id.strip()));
                        }
                    }
                    ClusterChange.Kind kind = ClusterChange.Kind.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT));
                    all.add(new ClusterHistoryEntry(rs.getLong(1), rs.getString(2), new ClusterChange(kind, rs.getLong(4),
                            rs.getLong(5), articles.isEmpty() ? List.of(rs.getLong(4)) : articles, rs.getDouble(7),
                            rs.getString(8))));
                }
            }
            return all;
        });
    }

    @Override
    public List<ClusterMerge> merges() {
        return read("reading cluster merges", c -> {
            List<ClusterMerge> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT from_id, into_id, score, reason FROM cluster_merges ORDER BY seq");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(new ClusterMerge(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getString(4)));
                }
            }
            return all;
        });
    }

    @Override
    public List<Long> clusterIds() {
        return read("listing clusters", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM event_clusters WHERE merged_into IS NULL ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private static void update(Connection c, String sql, long first, long second) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, first);
            ps.setLong(2, second);
            ps.executeUpdate();
        }
    }

    /** Indexes the cluster under its keys, with its latest stated publication day (none when not stated). */
    private static void insertKeys(Connection c, ClusterProfile cluster, Collection<String> keys) throws SQLException {
        EventSignature event = cluster.event();
        String lastDay = event.publishedStated() ? event.lastPublished() : null;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO cluster_keys (key, cluster_id, last_day) VALUES (?, ?, ?)")) {
            for (String key : keys) {
                ps.setString(1, key);
                ps.setLong(2, cluster.id());
                ps.setString(3, lastDay);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void placeCopy(long article, long cluster) {
        write("placing copy " + article + " in cluster " + cluster, c -> {
            insertMember(c, new Placement(article, cluster, false, 1.0, "copy"), true);
            return null;
        });
    }

    @Override
    public boolean placesEveryArticle() {
        return read("checking clusters against articles", c -> Transaction.queryLong(c, PLACES_EVERY_ARTICLE) == 1);
    }

    @Override
    public Optional<List<Long>> unplaced() {
        return Optional.of(read("finding the articles to place", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(UNPLACED); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }));
    }

    @Override
    public List<Placement> placements() {
        return read("reading cluster placements", c -> {
            try (PreparedStatement ps = c.prepareStatement(PLACEMENTS)) {
                return placements(ps);
            }
        });
    }

    @Override
    public List<Placement> placementsOf(long cluster) {
        return read("reading the placements of cluster " + cluster, c -> {
            try (PreparedStatement ps = c.prepareStatement(PLACEMENTS_OF)) {
                ps.setLong(1, cluster);
                return placements(ps);
            }
        });
    }

    /** {@inheritDoc} By the index of members by cluster. */
    @Override
    public List<Placement> placementsOf(Collection<Long> clusters) {
        if (clusters.isEmpty()) {
            return List.of();
        }
        // numbers written into the statement, never text from outside
        String in = clusters.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        return read("reading the placements of " + clusters.size() + " clusters", c -> {
            try (PreparedStatement ps = c.prepareStatement(PLACEMENTS_IN.formatted(in))) {
                return placements(ps);
            }
        });
    }

    /** {@inheritDoc} A range of the index of members by cluster, read as far as the page ends. */
    @Override
    public List<Long> clustersWithMembers(int minSize, int from, int count) {
        return read("listing " + count + " clusters from " + from, c -> {
            try (PreparedStatement ps = c.prepareStatement(WITH_MEMBERS)) {
                ps.setInt(1, minSize);
                ps.setInt(2, count);
                ps.setInt(3, from);
                return Transaction.queryLongs(ps);
            }
        });
    }

    /** {@inheritDoc} The index of members by cluster, read once, no row of a table. */
    @Override
    public int countClustersWithMembers(int minSize) {
        return read("counting clusters", c -> {
            try (PreparedStatement ps = c.prepareStatement(COUNT_WITH_MEMBERS)) {
                ps.setInt(1, minSize);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    private static List<Placement> placements(PreparedStatement ps) throws SQLException {
        List<Placement> all = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new Placement(rs.getLong(1), rs.getLong(2), rs.getInt(3) == 1, rs.getDouble(4), rs.getString(5)));
            }
        }
        return all;
    }

    private static void upsert(Connection c, ClusterProfile p) throws SQLException {
        EventSignature e = p.event();
        try (PreparedStatement ps = c.prepareStatement(UPSERT_CLUSTER)) {
            ps.setLong(1, p.id());
            ps.setInt(2, p.size());
            ps.setString(3, lines(p.terms()));
            ps.setString(4, e.type());
            ps.setString(5, lines(e.participants()));
            EventPlace place = e.place();
            ps.setObject(6, place == null ? null : place.entity(), Types.INTEGER);
            ps.setObject(7, place == null ? null : place.geonameId(), Types.INTEGER);
            ps.setString(8, place == null ? null : place.countryCode());
            ps.setObject(9, place == null ? null : place.country() ? 1 : 0, Types.INTEGER);
            ps.setObject(10, place == null || Double.isNaN(place.latitude()) ? null : place.latitude(), Types.REAL);
            ps.setObject(11, place == null || Double.isNaN(place.longitude()) ? null : place.longitude(), Types.REAL);
            ps.setInt(12, place == null || place.stated() ? 1 : 0);
            ps.setString(13, e.date());
            ps.setString(14, e.published());
            ps.setString(15, e.lastPublished());
            ps.setInt(16, e.publishedStated() ? 1 : 0);
            ps.setBytes(17, bytes(p.embedding()));
            ps.setString(18, String.join("\n", new TreeSet<>(e.outlets())));
            ps.executeUpdate();
        }
    }

    private static void insertMember(Connection c, Placement p, boolean copy) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_MEMBER)) {
            ps.setLong(1, p.article());
            ps.setLong(2, p.cluster());
            ps.setInt(3, p.opened() ? 1 : 0);
            ps.setInt(4, copy ? 1 : 0);
            ps.setDouble(5, p.score());
            ps.setString(6, p.reason());
            ps.executeUpdate();
        }
    }

    private static ClusterProfile profile(ResultSet rs) throws SQLException {
        Map<String, Double> terms = new HashMap<>();
        for (String[] kv : pairs(rs.getString("terms"))) {
            terms.put(kv[0], Double.parseDouble(kv[1]));
        }
        Map<Long, Integer> participants = new LinkedHashMap<>();
        for (String[] kv : pairs(rs.getString("participants"))) {
            participants.put(Long.parseLong(kv[0]), Integer.parseInt(kv[1]));
        }
        EventPlace place = rs.getObject("place_is_country") == null ? null
                : new EventPlace(rs.getLong("place_entity"), rs.getLong("place_geoname"), rs.getString("place_country"),
                        rs.getInt("place_is_country") == 1, coordinate(rs, "place_latitude"),
                        coordinate(rs, "place_longitude"), rs.getInt("place_stated") == 1);
        Set<String> outlets = rs.getString("outlets").lines().filter(o -> !o.isEmpty())
                .collect(Collectors.toSet());
        EventSignature event = new EventSignature(rs.getString("type"), participants, place,
                rs.getString("event_date"), rs.getString("published"), rs.getString("last_published"),
                rs.getInt("published_stated") == 1, outlets);
        return new ClusterProfile(rs.getLong("id"), rs.getInt("size"), terms, event, floats(rs.getBytes("embedding")));
    }

    /** An embedding as little-endian floats; none as null. */
    private static byte[] bytes(float[] embedding) {
        if (embedding.length == 0) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(embedding.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(embedding);
        return buffer.array();
    }

    private static float[] floats(byte[] bytes) {
        if (bytes == null) {
            return new float[0];
        }
        float[] embedding = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(embedding);
        return embedding;
    }

    private static double coordinate(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    private static String lines(Map<?, ?> values) {
        StringJoiner lines = new StringJoiner("\n");
        values.forEach((k, v) -> lines.add(k + "\t" + v));
        return lines.toString();
    }

    private static List<String[]> pairs(String lines) {
        List<String[]> pairs = new ArrayList<>();
        if (lines != null && !lines.isEmpty()) {
            for (String line : lines.split("\n")) {
                int tab = line.lastIndexOf('\t');
                pairs.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
            }
        }
        return pairs;
    }

    private static List<List<String>> batches(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        return batches;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, List<String> values) throws SQLException {
        bind(ps, 1, values);
    }

    /** Binds the values from parameter {@code first} on; returns the next parameter's index. */
    private static int bind(PreparedStatement ps, int first, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(first + i, values.get(i));
        }
        return first + values.size();
    }


    private <T> T read(String what, Transaction.Work<T> work) {
        return store.reading(what, work);
    }

    private <T> T write(String what, Transaction.Work<T> work) {
        return store.writing(what, work);
    }
}
