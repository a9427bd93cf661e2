package org.newsgraph.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.model.Basis;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventId;
import org.newsgraph.model.EventMerge;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.Span;
import org.newsgraph.model.Story;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.store.EventFilter;
import org.newsgraph.store.EventIdRules;

/**
 * The corpus events and stories in the store's database (migrations V12; V18: listings by index; V19: lasting ids), on the
 * store's connection.
 * Methods run through the store's own reading and writing, because they share its connection.
 */
final class SqliteCorpusEvents implements CorpusEvents {

    private static final String INPUTS = "SELECT cluster_id, inputs FROM merged_clusters";
    private static final String INPUTS_OF = """
            SELECT cluster_id, inputs FROM merged_clusters WHERE cluster_id IN (SELECT value FROM json_each('%s'))""";
    private static final String EVENTS = """
            SELECT cluster_id, number, type, cameo, salience, title, date_value, date_basis, date_confidence,
                date_note, location_id
            FROM %s corpus_events %s ORDER BY cluster_id, number""";
    private static final String PARTICIPANTS = """
            SELECT cluster_id, number, entity_id FROM %s corpus_event_participants %s
            ORDER BY cluster_id, number, rank""";
    private static final String ARTICLES = """
            SELECT cluster_id, number, article_id FROM %s corpus_event_articles %s
            ORDER BY cluster_id, number, seq""";
    private static final String EVIDENCE = """
            SELECT cluster_id, number, article_id, span_start, span_end FROM %s corpus_event_evidence %s
            ORDER BY cluster_id, number, seq""";
    // The parts of main events: those whose event row says main.
    private static final String MAIN_ONLY = """
            WHERE (cluster_id, number) IN (SELECT cluster_id, number FROM corpus_events WHERE salience = 'main')""";
    // Some events by their keys (kc, kn), which a read visits first: each table is then probed by its
    // primary key, not scanned. The ids are numbers written into the statement, never text from outside.
    private static final String KEYS = "(SELECT DISTINCT kc, kn FROM (%s)) AS k CROSS JOIN";
    private static final String BY_KEY = "WHERE cluster_id = k.kc AND number = k.kn";
    private static final String OF_ENTITIES = """
            SELECT cluster_id AS kc, number AS kn FROM corpus_event_participants WHERE entity_id IN (%s)
            UNION SELECT cluster_id, number FROM corpus_events WHERE location_id IN (%s)""";
    private static final String REPORTED_BY = """
            SELECT cluster_id AS kc, number AS kn FROM corpus_event_articles
            WHERE article_id IN (SELECT value FROM json_each('%s'))""";
    private static final String OF_CLUSTER = "SELECT cluster_id AS kc, number AS kn FROM corpus_events WHERE cluster_id = %d";
    private static final String OF_CLUSTERS = """
            SELECT cluster_id AS kc, number AS kn FROM corpus_events
            WHERE cluster_id IN (SELECT value FROM json_each('%s'))""";
    private static final String NUMBERED = """
            SELECT cluster_id, numbered FROM merged_clusters
            WHERE cluster_id IN (SELECT value FROM json_each(?)) AND numbered > 0""";
    private static final String STANDING = """
            SELECT cluster_id, number FROM corpus_events WHERE cluster_id IN (SELECT value FROM json_each(?))""";
    private static final String EVENT_MERGES = """
            SELECT merged_cluster, merged_number, into_cluster, into_number, reason FROM corpus_event_merges ORDER BY seq""";
    private static final String RETIREMENT = """
            SELECT merged_cluster, merged_number, into_cluster, into_number, reason FROM corpus_event_merges
            WHERE merged_cluster = ? AND merged_number = ?""";
    // story_events has no index by event: the scan reads one short row an event of a story
    static final String STORIES_WITH = """
            SELECT seq, id, title FROM stories WHERE seq IN (SELECT story_seq FROM story_events WHERE event IN (%s))
            ORDER BY id, seq""";
    private static final String WITH_KEYS = "SELECT column1 AS kc, column2 AS kn FROM (VALUES %s)";
    private static final String PAGE = """
            SELECT cluster_id AS kc, number AS kn FROM corpus_events %s ORDER BY cluster_id, number LIMIT %d""";
    private static final String COUNT = "SELECT count(*) FROM corpus_events";
    // The events a listing's filter picks (EventFilter), each part a condition an index answers
    // (V18: by type, kind, period, outlet; V12: by place), a page after a key by the primary key.
    static final String MATCHING = "SELECT cluster_id, number FROM corpus_events WHERE %s ORDER BY cluster_id, number LIMIT ? OFFSET ?";
    static final String COUNT_MATCHING = "SELECT count(*) FROM corpus_events WHERE %s";
    private static final String REPORTED_IN_OUTLETS = """
            (cluster_id, number) IN (SELECT cluster_id, number FROM corpus_event_articles
                WHERE article_id IN (SELECT id FROM articles WHERE outlet IN (%s)))""";
    // Stories are read in the order of their ids (by the index of stories by id): a full update stores
    // them at positions 0, 1, 2 ... in that order (seq), a partial one adds its stories after the last.
    private static final String STORIES = "SELECT seq, id, title FROM stories ORDER BY id, seq";
    private static final String STORY = "SELECT seq, title FROM stories WHERE id = ? ORDER BY seq LIMIT 1";
    private static final String EVENTS_OF_STORY = "SELECT event FROM story_events WHERE story_seq = ? ORDER BY seq";
    private static final String STORY_EVENTS = "SELECT story_seq, event FROM story_events ORDER BY story_seq, seq";
    private static final String STORIES_IN = "SELECT seq, id, title FROM stories ORDER BY id, seq LIMIT %d OFFSET %d";
    private static final String STORY_EVENTS_IN = """
            SELECT story_seq, event FROM story_events
            WHERE story_seq IN (SELECT seq FROM stories ORDER BY id, seq LIMIT %d OFFSET %d) ORDER BY story_seq, seq""";
    private static final String DROP_STORY_EVENTS = "DELETE FROM story_events WHERE story_seq IN (SELECT seq FROM stories WHERE id = ?)";
    private static final String DROP_STORY = "DELETE FROM stories WHERE id = ?";
    private static final String NEXT_STORY_SEQ = "SELECT coalesce(max(seq), -1) + 1 FROM stories";

    private static final String HAS_STATE = "SELECT count(*) FROM corpus_model_state";
    private static final String OTHER_RULES = """
            SELECT EXISTS (SELECT 1 FROM merged_clusters WHERE rules <> ?)
                OR EXISTS (SELECT 1 FROM corpus_model_state WHERE thread_rules <> ?)""";
    // The three frontiers of what the model is made of, each read by an index: the newest article
    // placed (placements go in id order), the last cluster merge, the newest article resolved.
    private static final String FRONTIERS = """
            SELECT (SELECT coalesce(max(article_id), 0) FROM cluster_members),
                (SELECT coalesce(max(seq), 0) FROM cluster_merges),
                (SELECT resolved_through FROM corpus_entity_state)""";
    private static final String BEHIND = """
            SELECT NOT EXISTS (SELECT 1 FROM corpus_model_state
                WHERE placed_through = ? AND cluster_merges = ? AND resolved_through = ?)""";

    private static final String DROP_CLUSTER = "DELETE FROM merged_clusters WHERE cluster_id = ?";
    private static final String INSERT_CLUSTER =
            "INSERT INTO merged_clusters (cluster_id, inputs, rules, numbered) VALUES (?, ?, ?, ?)";
    // an id given again (a cluster's event, when the cluster has one again) is no longer retired
    private static final String STANDS_AGAIN = "DELETE FROM corpus_event_merges WHERE merged_cluster = ? AND merged_number = ?";
    private static final String INSERT_MERGE = """
            INSERT OR REPLACE INTO corpus_event_merges (merged_cluster, merged_number, into_cluster, into_number, reason)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String INSERT_EVENT = """
            INSERT INTO corpus_events (cluster_id, number, type, cameo, salience, title, date_value, date_basis,
                date_confidence, date_note, location_id, date_first, date_last)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_PARTICIPANT =
            "INSERT INTO corpus_event_participants (cluster_id, number, rank, entity_id) VALUES (?, ?, ?, ?)";
    private static final String INSERT_ARTICLE =
            "INSERT INTO corpus_event_articles (cluster_id, number, seq, article_id) VALUES (?, ?, ?, ?)";
    private static final String INSERT_EVIDENCE = """
            INSERT INTO corpus_event_evidence (cluster_id, number, seq, article_id, span_start, span_end)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_STORY = "INSERT INTO stories (seq, id, title) VALUES (?, ?, ?)";
    private static final String INSERT_STORY_EVENT = "INSERT INTO story_events (story_seq, seq, event) VALUES (?, ?, ?)";
    private static final String REPLACE_STATE = """
            INSERT OR REPLACE INTO corpus_model_state
                (only_row, thread_rules, placed_through, cluster_merges, resolved_through)
            VALUES (1, ?, ?, ?, ?)""";

    /** Keys written into one statement at most: a listing of every event reads them in batches. */
    private static final int KEY_BATCH = 10_000;
    private static final Comparator<Key> KEY_ORDER = Comparator.comparingLong(Key::cluster)
            .thenComparingInt(Key::number);

    private final SqliteArticleStore store;

    SqliteCorpusEvents(SqliteArticleStore store) {
        this.store = store;
    }

    @Override
    public Map<Long, String> mergedInputs() {
        return store.reading("reading what the events were merged from", c -> {
            Map<Long, String> inputs = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(INPUTS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inputs.put(rs.getLong(1), rs.getString(2));
                }
            }
            return inputs;
        });
    }

    /** {@inheritDoc} By the primary key. */
    @Override
    public Map<Long, String> mergedInputs(Collection<Long> clusters) {
        return store.reading("reading what " + clusters.size() + " clusters' events were merged from", c -> {
            Map<Long, String> inputs = new HashMap<>();
            // a JSON array of numbers written into the statement, never text from outside
            try (PreparedStatement ps = c.prepareStatement(INPUTS_OF.formatted(ArticleRowReader.idArray(clusters)));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inputs.put(rs.getLong(1), rs.getString(2));
                }
            }
            return inputs;
        });
    }

    @Override
    public List<CorpusEvent> events() {
        return store.reading("reading the corpus events", c -> events(c, "", ""));
    }

    /** {@inheritDoc} By the index of participants by entity and of events by place. */
    @Override
    public List<CorpusEvent> eventsOf(Collection<Long> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        String ids = entities.stream().map(String::valueOf).collect(Collectors.joining(","));
        return store.reading("reading the events of " + entities.size() + " entities", c -> byKeys(c, OF_ENTITIES
                .formatted(ids, ids)));
    }

    /** {@inheritDoc} By the primary key. */
    @Override
    public List<CorpusEvent> events(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return store.reading("reading " + keys.size() + " events", c -> events(c, List.copyOf(keys)));
    }

    /** {@inheritDoc} By the primary key. */
    @Override
    public List<CorpusEvent> eventsOfCluster(long cluster) {
        return store.reading("reading the events of cluster " + cluster, c -> byKeys(c, OF_CLUSTER.formatted(cluster)));
    }

    /** {@inheritDoc} By the primary key. */
    @Override
    public List<CorpusEvent> eventsOfClusters(Collection<Long> clusters) {
        if (clusters.isEmpty()) {
            return List.of();
        }
        // a JSON array of numbers written into the statement, never text from outside
        return store.reading("reading the events of " + clusters.size() + " clusters",
                c -> byKeys(c, OF_CLUSTERS.formatted(ArticleRowReader.idArray(clusters))));
    }

    /** {@inheritDoc} By the primary key of the clusters merged. */
    @Override
    public Map<Long, Integer> numbered(Collection<Long> clusters) {
        return store.reading("reading the event numbers given in " + clusters.size() + " clusters",
                c -> numbered(c, clusters));
    }

    private static Map<Long, Integer> numbered(Connection c, Collection<Long> clusters) throws SQLException {
        Map<Long, Integer> numbered = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(NUMBERED)) {
            ps.setString(1, ArticleRowReader.idArray(clusters));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    numbered.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return numbered;
    }

    @Override
    public List<EventMerge> eventMerges() {
        return store.reading("reading the event ids retired", c -> {
            List<EventMerge> merges = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(EVENT_MERGES); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    merges.add(merge(rs));
                }
            }
            return merges;
        });
    }

    /** {@inheritDoc} By the index of retired ids. */
    @Override
    public Optional<EventMerge> retirement(EventId id) {
        return store.reading("reading whether " + id.exportId() + " was retired", c -> {
            try (PreparedStatement ps = c.prepareStatement(RETIREMENT)) {
                ArticleRowWriter.bind(ps, id.cluster(), id.number());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(merge(rs)) : Optional.empty();
                }
            }
        });
    }

    private static EventMerge merge(ResultSet rs) throws SQLException {
        return new EventMerge(new EventId(rs.getLong(1), rs.getInt(2)), new EventId(rs.getLong(3), rs.getInt(4)),
                rs.getString(5));
    }

    /** {@inheritDoc} By the index of the events' articles by article, then the primary key. */
    @Override
    public List<CorpusEvent> eventsReportedBy(Collection<Long> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        // a JSON array of numbers written into the statement, never text from outside
        return store.reading("reading the events of " + articles.size() + " articles",
                c -> byKeys(c, REPORTED_BY.formatted(ArticleRowReader.idArray(articles))));
    }

    /** {@inheritDoc} By the primary key. */
    @Override
    public List<CorpusEvent> eventsAfter(Key after, int count) {
        String keys = PAGE.formatted(after == null ? "" : "WHERE (cluster_id, number) > (" + after.cluster() + ","
                + after.number() + ")", count);
        return store.reading("reading " + count + " events", c -> byKeys(c, keys));
    }

    /** {@inheritDoc} A range of the primary key, read as far as the page ends. */
    @Override
    public List<CorpusEvent> eventsFrom(int from, int count) {
        String keys = PAGE.formatted("", count) + " OFFSET " + from;
        return store.reading("reading " + count + " events from " + from, c -> byKeys(c, keys));
    }

    /**
     * The keys of at most {@code count} of the events the filter picks, after {@code after} (null:
     * from the first), the first {@code skip} of them left out, by key.
     */
    static List<Key> keys(Connection c, EventFilter filter, Key after, int skip, int count) throws SQLException {
        List<Object> values = new ArrayList<>();
        String where = conditions(filter, values);
        if (after != null) {
            where += " AND (cluster_id, number) > (?, ?)";
            values.add(after.cluster());
            values.add(after.number());
        }
        values.add(count);
        values.add(skip);
        List<Key> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(MATCHING.formatted(where))) {
            ArticleRowWriter.bind(ps, values.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(keyOf(rs));
                }
            }
        }
        return keys;
    }

    /** How many events the filter picks. */
    static int count(Connection c, EventFilter filter) throws SQLException {
        List<Object> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(COUNT_MATCHING.formatted(conditions(filter, values)))) {
            ArticleRowWriter.bind(ps, values.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The filter as SQL conditions on corpus_events, their values added to {@code values} in order. */
    static String conditions(EventFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>(List.of("1"));
        if (filter.type() != null) {
            conditions.add("type = ?");
            values.add(filter.type());
        }
        if (filter.salience() != null) {
            conditions.add("salience = ?");
            values.add(filter.salience().label());
        }
        if (filter.places() != null) {
            conditions.add("location_id IN (SELECT value FROM json_each(?))");
            values.add(ArticleRowReader.idArray(filter.places()));
        }
        if (filter.from() != null || filter.to() != null) {
            conditions.add("date_first IS NOT NULL");
        }
        if (filter.from() != null) {
            conditions.add("date_last >= ?");
            values.add(filter.from().toString());
        }
        if (filter.to() != null) {
            conditions.add("date_first <= ?");
            values.add(filter.to().toString());
        }
        if (filter.outlets() != null) {
            conditions.add(REPORTED_IN_OUTLETS.formatted(filter.outlets().isEmpty() ? "NULL"
                    : filter.outlets().stream().map(o -> "?").collect(Collectors.joining(","))));
            values.addAll(filter.outlets());
        }
        return String.join(" AND ", conditions);
    }

    /** The events with these keys, in key order, read {@value #KEY_BATCH} keys a statement. */
    static List<CorpusEvent> events(Connection c, List<Key> keys) throws SQLException {
        List<Key> sorted = keys.stream().distinct().sorted(KEY_ORDER).toList();
        List<CorpusEvent> events = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += KEY_BATCH) {
            events.addAll(byKeys(c, WITH_KEYS.formatted(sorted.subList(from, Math.min(sorted.size(), from + KEY_BATCH))
                    .stream().map(k -> "(" + k.cluster() + "," + k.number() + ")").collect(Collectors.joining(",")))));
        }
        return events;
    }

    @Override
    public int count() {
        return store.reading("counting the events", c -> (int) Transaction.queryLong(c, COUNT));
    }

    /** {@inheritDoc} By the index of events by type (V18). */
    @Override
    public Set<String> types() {
        return store.reading("reading the event types", c -> {
            Set<String> types = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT type FROM corpus_events");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            return types;
        });
    }

    @Override
    public List<CorpusEvent> mainEvents() {
        return store.reading("reading the main corpus events", c -> events(c, "", MAIN_ONLY));
    }

    /** The events whose keys {@code keys} selects (as kc, kn). */
    private static List<CorpusEvent> byKeys(Connection c, String keys) throws SQLException {
        return events(c, KEYS.formatted(keys), BY_KEY);
    }

    /** The events of the tables joined after {@code from} (or alone), that {@code where} picks. */
    private static List<CorpusEvent> events(Connection c, String from, String where) throws SQLException {
        Map<Key, List<Long>> participants = ArticleRowReader.group(c, PARTICIPANTS.formatted(from, where), SqliteCorpusEvents::keyOf,
                rs -> rs.getLong(3));
        Map<Key, List<Long>> articles = ArticleRowReader.group(c, ARTICLES.formatted(from, where), SqliteCorpusEvents::keyOf,
                rs -> rs.getLong(3));
        Map<Key, List<CorpusEvent.Evidence>> evidence = ArticleRowReader.group(c, EVIDENCE.formatted(from, where), SqliteCorpusEvents::keyOf,
                rs -> new CorpusEvent.Evidence(rs.getLong(3), new Span(rs.getInt(4), rs.getInt(5))));
        List<CorpusEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(EVENTS.formatted(from, where)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Key key = keyOf(rs);
                events.add(new CorpusEvent(key.cluster(), key.number(), rs.getString("type"), rs.getString("cameo"),
                        EventSalience.fromLabel(rs.getString("salience")), rs.getString("title"),
                        new EventDate(rs.getString("date_value"), Basis.fromLabel(rs.getString("date_basis")),
                                rs.getDouble("date_confidence"), rs.getString("date_note")),
                        ArticleRowReader.nullableLong(rs, "location_id"), participants.getOrDefault(key, List.of()),
                        articles.getOrDefault(key, List.of()), evidence.getOrDefault(key, List.of())));
            }
        }
        return events;
    }

    /** {@inheritDoc} By the primary key. */
    @Override
    public int storyCount() {
        return store.reading("counting the stories", c -> (int) Transaction.queryLong(c, "SELECT count(*) FROM stories"));
    }

    @Override
    public List<Story> stories() {
        return store.reading("reading the stories", c -> stories(c, STORIES, STORY_EVENTS));
    }

    /** {@inheritDoc} A range of the index of stories by id. */
    @Override
    public List<Story> stories(int from, int count) {
        return store.reading("reading " + count + " stories from " + from, c -> stories(c,
                STORIES_IN.formatted(count, from), STORY_EVENTS_IN.formatted(count, from)));
    }

    private static List<Story> stories(Connection c, String storiesSql, String eventsSql) throws SQLException {
        Map<Long, List<String>> events = ArticleRowReader.group(c, eventsSql, rs -> rs.getLong(1), rs -> rs.getString(2));
        List<Story> stories = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(storiesSql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stories.add(new Story(rs.getLong(2), rs.getString(3), events.getOrDefault(rs.getLong(1), List.of())));
            }
        }
        return stories;
    }

    @Override
    public List<Story> storiesWith(Collection<String> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<String> given = List.copyOf(events);
        String marks = given.stream().map(e -> "?").collect(Collectors.joining(","));
        return store.reading("reading the stories of " + given.size() + " events", c -> {
            List<Story> stories = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(STORIES_WITH.formatted(marks))) {
                for (int i = 0; i < given.size(); i++) {
                    ps.setString(i + 1, given.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stories.add(new Story(rs.getLong(2), rs.getString(3), eventsOfStory(c, rs.getLong(1))));
                    }
                }
            }
            return stories;
        });
    }

    /** {@inheritDoc} By the index of stories by id. */
    @Override
    public Optional<Story> story(long id) {
        return store.reading("reading story " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(STORY)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Story(id, rs.getString(2), eventsOfStory(c, rs.getLong(1))));
                }
            }
        });
    }

    @Override
    public State state(int mergeRules, int threadRules) {
        return store.reading("checking the corpus events against the clusters and entities", c -> {
            if (Transaction.queryLong(c, HAS_STATE) == 0) {
                return State.MISSING;
            }
            try (PreparedStatement ps = c.prepareStatement(OTHER_RULES)) {
                ArticleRowWriter.bind(ps, mergeRules, threadRules);
                if (isTrue(ps)) {
                    return State.OTHER_RULES;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(BEHIND)) {
                long[] frontiers = frontiers(c);
                ArticleRowWriter.bind(ps, frontiers[0], frontiers[1], frontiers[2]);
                return isTrue(ps) ? State.BEHIND : State.CURRENT;
            }
        });
    }

    private static boolean isTrue(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    private static long[] frontiers(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FRONTIERS); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    @Override
    public void update(Map<Long, Merged> merged, Collection<Long> gone, List<Story> stories, int threadRules) {
        update(merged, gone, threadRules, c -> replaceStories(c, stories));
    }

    /** {@inheritDoc} The stories dropped by the index of stories by id, the new ones after the last. */
    @Override
    public void update(Map<Long, Merged> merged, Collection<Long> gone, Collection<Long> storiesGone,
            List<Story> storiesAdded, int threadRules) {
        update(merged, gone, threadRules, c -> {
            try (PreparedStatement events = c.prepareStatement(DROP_STORY_EVENTS);
                 PreparedStatement story = c.prepareStatement(DROP_STORY)) {
                for (long id : storiesGone) {
                    ArticleRowWriter.bind(events, id);
                    events.executeUpdate();
                    ArticleRowWriter.bind(story, id);
                    story.executeUpdate();
                }
            }
            insertStories(c, storiesAdded, Transaction.queryLong(c, NEXT_STORY_SEQ));
        });
    }

    private void update(Map<Long, Merged> merged, Collection<Long> gone, int threadRules, StoryWrite stories) {
        store.writing("storing the corpus events and stories", c -> {
            Map<Long, Integer> numbered = numbered(c, merged.keySet());
            EventIdRules.check(merged, standing(c, merged.keySet()), numbered);
            try (PreparedStatement drop = c.prepareStatement(DROP_CLUSTER)) {
                for (long cluster : gone) {
                    ArticleRowWriter.bind(drop, cluster);
                    drop.executeUpdate();
                }
                for (long cluster : merged.keySet()) {
                    ArticleRowWriter.bind(drop, cluster);
                    drop.executeUpdate();
                }
            }
            insertClusters(c, merged, numbered);
            insertMerges(c, merged);
            stories.write(c);
            try (PreparedStatement ps = c.prepareStatement(REPLACE_STATE)) {
                long[] frontiers = frontiers(c);
                ArticleRowWriter.bind(ps, threadRules, frontiers[0], frontiers[1], frontiers[2]);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The numbers each of these clusters' events have now. */
    private static Map<Long, Set<Integer>> standing(Connection c, Collection<Long> clusters) throws SQLException {
        Map<Long, Set<Integer>> standing = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(STANDING)) {
            ps.setString(1, ArticleRowReader.idArray(clusters));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    standing.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getInt(2));
                }
            }
        }
        return standing;
    }

    /** The ids the stored events retired; an id given again is no longer retired. */
    private static void insertMerges(Connection c, Map<Long, Merged> merged) throws SQLException {
        try (PreparedStatement again = c.prepareStatement(STANDS_AGAIN);
             PreparedStatement merge = c.prepareStatement(INSERT_MERGE)) {
            for (Merged m : merged.values()) {
                for (CorpusEvent e : m.events()) {
                    addRow(again, e.cluster(), e.number());
                }
                for (EventMerge r : m.retired()) {
                    addRow(merge, r.merged().cluster(), r.merged().number(), r.into().cluster(), r.into().number(),
                            r.reason());
                }
            }
            again.executeBatch();
            merge.executeBatch();
        }
    }

    /**
     * Each cluster with the highest number given in it, {@code numbered} before and its new events'
     * numbers, then its events.
     */
    private static void insertClusters(Connection c, Map<Long, Merged> merged, Map<Long, Integer> numbered)
            throws SQLException {
        try (PreparedStatement cluster = c.prepareStatement(INSERT_CLUSTER);
             PreparedStatement event = c.prepareStatement(INSERT_EVENT);
             PreparedStatement participant = c.prepareStatement(INSERT_PARTICIPANT);
             PreparedStatement article = c.prepareStatement(INSERT_ARTICLE);
             PreparedStatement evidence = c.prepareStatement(INSERT_EVIDENCE)) {
            for (Map.Entry<Long, Merged> m : merged.entrySet()) {
                int highest = m.getValue().events().stream().mapToInt(CorpusEvent::number)
                        .reduce(numbered.getOrDefault(m.getKey(), 0), Math::max);
                addRow(cluster, m.getKey(), m.getValue().inputs(), m.getValue().rules(), highest);
                for (CorpusEvent e : m.getValue().events()) {
                    EventDate d = e.date();
                    Optional<DatePeriod> period = DatePeriod.of(d.value());
                    addRow(event, e.cluster(), e.number(), e.type(), e.cameo(), e.salience().label(), e.title(),
                            d.value(), d.basis().label(), d.confidence(), d.note(), e.location(),
                            period.map(p -> p.first().toString()).orElse(null),
                            period.map(p -> p.last().toString()).orElse(null));
                    for (int rank = 0; rank < e.participants().size(); rank++) {
                        addRow(participant, e.cluster(), e.number(), rank, e.participants().get(rank));
                    }
                    for (int seq = 0; seq < e.articles().size(); seq++) {
                        addRow(article, e.cluster(), e.number(), seq, e.articles().get(seq));
                    }
                    for (int seq = 0; seq < e.evidence().size(); seq++) {
                        CorpusEvent.Evidence v = e.evidence().get(seq);
                        addRow(evidence, e.cluster(), e.number(), seq, v.article(), v.span().start(), v.span().end());
                    }
                }
            }
            // parents first: the foreign keys are checked row by row
            cluster.executeBatch();
            event.executeBatch();
            participant.executeBatch();
            article.executeBatch();
            evidence.executeBatch();
        }
    }

    /** How an update writes the stories, inside its transaction. */
    private interface StoryWrite {
        void write(Connection c) throws SQLException;
    }

    private static void replaceStories(Connection c, List<Story> stories) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM stories")) {
            ps.executeUpdate();
        }
        insertStories(c, stories, 0);
    }

    /** Stores the stories at positions {@code first}, {@code first + 1} ... */
    private static void insertStories(Connection c, List<Story> stories, long first) throws SQLException {
        try (PreparedStatement story = c.prepareStatement(INSERT_STORY);
             PreparedStatement event = c.prepareStatement(INSERT_STORY_EVENT)) {
            for (int n = 0; n < stories.size(); n++) {
                Story s = stories.get(n);
                addRow(story, first + n, s.id(), s.title());
                for (int seq = 0; seq < s.events().size(); seq++) {
                    addRow(event, first + n, seq, s.events().get(seq));
                }
            }
            story.executeBatch();
            event.executeBatch();
        }
    }

    private static void addRow(PreparedStatement ps, Object... values) throws SQLException {
        ArticleRowWriter.bind(ps, values);
        ps.addBatch();
    }

    /** One event's key: its cluster and its number in the cluster. */
    private static Key keyOf(ResultSet rs) throws SQLException {
        return new Key(rs.getLong(1), rs.getInt(2));
    }

    private static List<String> eventsOfStory(Connection c, long seq) throws SQLException {
        List<String> events = new ArrayList<>();
        try (PreparedStatement es = c.prepareStatement(EVENTS_OF_STORY)) {
            es.setLong(1, seq);
            try (ResultSet e = es.executeQuery()) {
                while (e.next()) {
                    events.add(e.getString(1));
                }
            }
        }
        return events;
    }
}
