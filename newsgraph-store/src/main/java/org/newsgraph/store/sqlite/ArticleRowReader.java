package org.newsgraph.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.Claim;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Place;
import org.newsgraph.model.Mention;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Removed;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.model.Timex;
import org.newsgraph.store.ArticlePart;
import org.newsgraph.store.ArticleStore.Known;

/**
 * Reads articles back from rows. The source body was never stored, so it comes back empty; the
 * cleaned text is in {@link AnalyzedArticle#text()}.
 */
final class ArticleRowReader {

    private static final String FIND =
            "SELECT id, status FROM articles WHERE content_hash = ? AND source_key = ?";
    // The status literal matches the partial index articles_ok_by_content; a parameter would not.
    static final String FIRST_OK = "SELECT id FROM articles WHERE content_hash = ? AND status = '"
            + ArticleStatus.OK.label() + "' ORDER BY id LIMIT 1";
    private static final String ARTICLES = """
            SELECT id, content_hash, source_key, file, format, title, url, outlet, outlet_basis,
                published_date, published_basis, published_confidence, language,
                status, error, duplicate_of, text, token_count, notes
            FROM articles %s ORDER BY id""";
    private static final String REMOVED = "SELECT article_id, text, reason FROM removed %s ORDER BY article_id, seq";
    private static final String ENTITIES =
            """
            SELECT article_id, local_id, name, type, place_id, place_name, place_country,
                place_latitude, place_longitude, place_population, place_feature, roles
            FROM entities %s ORDER BY article_id, local_id""";
    private static final String MENTIONS = """
            SELECT article_id, entity_local_id, span_start, span_end, text
            FROM mentions %s ORDER BY article_id, entity_local_id, seq""";
    private static final String TIMEXES = """
            SELECT article_id, span_start, span_end, text, type, value
            FROM timexes %s ORDER BY article_id, seq""";

    private static final String QUOTES = """
            SELECT article_id, span_start, span_end, text, direct, speaker_local_id, speaker_text, speaker_start,
                speaker_end, cue, cue_start, cue_end
            FROM quotes %s ORDER BY article_id, seq""";
    private static final String CLAIMS = """
            SELECT article_id, span_start, span_end, text, value, upper_value, unit, qualifier, claimant_local_id,
                claimant_text, subject
            FROM claims %s ORDER BY article_id, seq""";

    private static final String EVENTS = """
            SELECT article_id, seq, type, cameo, salience, title, trigger_start, trigger_end, location_local_id,
                date_value, date_basis, date_confidence, date_note
            FROM events %s ORDER BY article_id, seq""";
    private static final String PARTICIPANTS =
            "SELECT article_id, event_seq, local_id FROM event_participants %s ORDER BY article_id, event_seq, rank";
    private static final String EVIDENCE =
            "SELECT article_id, event_seq, span_start, span_end FROM event_evidence %s ORDER BY article_id, event_seq, seq";

    private ArticleRowReader() {}

    static Optional<Known> find(Connection c, String contentHash, String sourceKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setString(1, contentHash);
            ps.setString(2, sourceKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Known(rs.getLong(1), ArticleStatus.fromLabel(rs.getString(2))))
                        : Optional.empty();
            }
        }
    }

    static Optional<Long> firstOk(Connection c, String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIRST_OK)) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Every article in id order; one query per table, joined here, instead of one per article. */
    static List<StoredArticle> all(Connection c) throws SQLException {
        return read(c, Filter.NONE, EnumSet.allOf(ArticlePart.class));
    }

    /** The articles with these ids in id order, read as {@link #all} reads every one. */
    static List<StoredArticle> some(Connection c, Collection<Long> ids) throws SQLException {
        return some(c, ids, EnumSet.allOf(ArticlePart.class));
    }

    /** The articles with these ids in id order, with the parts asked for; the others are empty. */
    static List<StoredArticle> some(Connection c, Collection<Long> ids, Set<ArticlePart> parts) throws SQLException {
        return read(c, new Filter(ids), parts);
    }

    private static List<StoredArticle> read(Connection c, Filter only, Set<ArticlePart> asked) throws SQLException {
        Parts parts = new Parts(
                asked.contains(ArticlePart.REMOVED) ? group(c, only.article(REMOVED), rs -> rs.getLong(1),
                        rs -> new Removed(rs.getString(2), rs.getString(3))) : Map.of(),
                asked.contains(ArticlePart.ENTITIES) ? entities(c, only) : Map.of(),
                asked.contains(ArticlePart.TIMEXES) ? group(c, only.article(TIMEXES), rs -> rs.getLong(1),
                        ArticleRowReader::timex) : Map.of(),
                asked.contains(ArticlePart.QUOTES) ? group(c, only.article(QUOTES), rs -> rs.getLong(1),
                        ArticleRowReader::quote) : Map.of(),
                asked.contains(ArticlePart.CLAIMS) ? group(c, only.article(CLAIMS), rs -> rs.getLong(1),
                        ArticleRowReader::claim) : Map.of(),
                asked.contains(ArticlePart.EVENTS) ? events(c, only) : Map.of());
        List<StoredArticle> articles = new ArrayList<>();
        try (PreparedStatement ps = only.id(c, ARTICLES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                articles.add(article(rs, parts));
            }
        }
        return articles;
    }

    private static Map<Long, List<LocalEntity>> entities(Connection c, Filter only) throws SQLException {
        Map<EntityKey, List<Mention>> mentions = group(c, only.article(MENTIONS),
                rs -> new EntityKey(rs.getLong(1), rs.getInt(2)),
                rs -> new Mention(new Span(rs.getInt(3), rs.getInt(4)), rs.getString(5)));
        return group(c, only.article(ENTITIES), rs -> rs.getLong(1), rs -> new LocalEntity(
                rs.getString(3),
                EntityType.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
                mentions.getOrDefault(new EntityKey(rs.getLong(1), rs.getInt(2)), List.of()),
                place(rs),
                lines(rs.getString("roles"))));
    }

    private static Map<Long, List<Event>> events(Connection c, Filter only) throws SQLException {
        Map<EventKey, List<Integer>> participants = group(c, only.article(PARTICIPANTS), rs -> new EventKey(rs.getLong(1), rs.getInt(2)),
                rs -> rs.getInt(3));
        Map<EventKey, List<Span>> evidence = group(c, only.article(EVIDENCE), rs -> new EventKey(rs.getLong(1), rs.getInt(2)),
                rs -> new Span(rs.getInt(3), rs.getInt(4)));
        return group(c, only.article(EVENTS), rs -> rs.getLong(1), rs -> {
            EventKey key = new EventKey(rs.getLong(1), rs.getInt(2));
            Integer location = nullableInt(rs, "location_local_id");
            return new Event(rs.getString("type"), rs.getString("cameo"), EventSalience.fromLabel(rs.getString("salience")),
                    rs.getString("title"), new Span(rs.getInt("trigger_start"), rs.getInt("trigger_end")),
                    evidence.getOrDefault(key, List.of()), participants.getOrDefault(key, List.of()),
                    location == null ? Event.NO_LOCATION : location,
                    new EventDate(rs.getString("date_value"), Basis.fromLabel(rs.getString("date_basis")),
                            rs.getDouble("date_confidence"), rs.getString("date_note")));
        });
    }

    /** The place columns of an entity row, or null when the entity is no place. */
    static Place place(ResultSet rs) throws SQLException {
        long id = rs.getLong("place_id");
        if (rs.wasNull()) {
            return null;
        }
        return new Place(id, rs.getString("place_name"), rs.getString("place_country"),
                nullableDouble(rs, "place_latitude"), nullableDouble(rs, "place_longitude"),
                rs.getLong("place_population"), rs.getString("place_feature"));
    }

    private static double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    private static Timex timex(ResultSet rs) throws SQLException {
        return new Timex(new Span(rs.getInt(2), rs.getInt(3)), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    private static Claim claim(ResultSet rs) throws SQLException {
        Double upper = rs.getDouble("upper_value");
        upper = rs.wasNull() ? null : upper;
        long claimant = rs.getLong("claimant_local_id");
        int local = rs.wasNull() ? Claim.NO_CLAIMANT : (int) claimant;
        return new Claim(new Span(rs.getInt("span_start"), rs.getInt("span_end")), rs.getString("text"),
                rs.getDouble("value"), upper, rs.getString("unit"), rs.getString("qualifier"), local,
                rs.getString("claimant_text"), rs.getString("subject"));
    }

    private static Quote quote(ResultSet rs) throws SQLException {
        Integer speaker = nullableInt(rs, "speaker_local_id");
        Integer speakerStart = nullableInt(rs, "speaker_start");
        Integer cueStart = nullableInt(rs, "cue_start");
        return new Quote(new Span(rs.getInt("span_start"), rs.getInt("span_end")), rs.getString("text"),
                rs.getInt("direct") == 1, speaker == null ? -1 : speaker, rs.getString("speaker_text"),
                speakerStart == null ? null : new Span(speakerStart, rs.getInt("speaker_end")),
                rs.getString("cue"), cueStart == null ? null : new Span(cueStart, rs.getInt("cue_end")));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static StoredArticle article(ResultSet rs, Parts parts) throws SQLException {
        long id = rs.getLong("id");
        return new StoredArticle(id, new AnalyzedArticle(
                source(rs),
                rs.getString("content_hash"),
                ArticleStatus.fromLabel(rs.getString("status")),
                rs.getString("error"),
                nullableLong(rs, "duplicate_of"),
                rs.getString("text"),
                parts.removed().getOrDefault(id, List.of()),
                parts.entities().getOrDefault(id, List.of()),
                parts.timexes().getOrDefault(id, List.of()),
                rs.getInt("token_count"),
                lines(rs.getString("notes")),
                parts.quotes().getOrDefault(id, List.of()),
                parts.claims().getOrDefault(id, List.of()),
                parts.events().getOrDefault(id, List.of())));
    }

    private static ArticleSource source(ResultSet rs) throws SQLException {
        PublicationDate published = new PublicationDate(
                rs.getString("published_date"),
                Basis.fromLabel(rs.getString("published_basis")),
                rs.getDouble("published_confidence"));
        return new ArticleSource(
                rs.getString("file"),
                rs.getString("source_key"),
                SourceFormat.valueOf(rs.getString("format").toUpperCase(Locale.ROOT)),
                rs.getString("title"),
                "",
                rs.getString("url"),
                rs.getString("outlet"), Basis.fromLabel(rs.getString("outlet_basis")),
                published,
                rs.getString("language"));
    }

    /** Notes, roles and links are kept one a line. */
    static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static <K, T> Map<K, List<T>> group(Connection c, String sql, Row<K> key, Row<T> value)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return group(ps, key, value);
        }
    }

    private static <K, T> Map<K, List<T>> group(Connection c, Query query, Row<K> key, Row<T> value)
            throws SQLException {
        try (PreparedStatement ps = query.prepare(c)) {
            return group(ps, key, value);
        }
    }

    static <K, T> Map<K, List<T>> group(PreparedStatement ps, Row<K> key, Row<T> value) throws SQLException {
        Map<K, List<T>> groups = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                groups.computeIfAbsent(key.read(rs), k -> new ArrayList<>()).add(value.read(rs));
            }
        }
        return groups;
    }

    /**
     * Ids as one parameter, a JSON array, for {@code IN (SELECT value FROM json_each(?))}: however
     * many there are, SQLite reads them as a table and probes the index with each.
     */
    static String idArray(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    /** A query with its one parameter, if it has one. */
    private record Query(String sql, String parameter) {

        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            return ps;
        }
    }

    /**
     * Which articles a read takes: every one, or those whose ids are in a JSON array, which one
     * parameter carries however many there are (SQLite's json_each reads it as a table).
     */
    private record Filter(String ids) {

        static final Filter NONE = new Filter((String) null);

        Filter(Collection<Long> ids) {
            this(idArray(ids));
        }

        /** The query of a table of an article's parts, keyed by article_id. */
        Query article(String sql) {
            return where(sql, "article_id");
        }

        PreparedStatement id(Connection c, String sql) throws SQLException {
            return where(sql, "id").prepare(c);
        }

        private Query where(String sql, String column) {
            return ids == null ? new Query(sql.formatted(""), null)
                    : new Query(sql.formatted("WHERE " + column + " IN (SELECT value FROM json_each(?))"), ids);
        }
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private record EntityKey(long articleId, int localId) {}

    private record EventKey(long articleId, int seq) {}

    private record Parts(
            Map<Long, List<Removed>> removed,
            Map<Long, List<LocalEntity>> entities,
            Map<Long, List<Timex>> timexes,
            Map<Long, List<Quote>> quotes,
            Map<Long, List<Claim>> claims,
            Map<Long, List<Event>> events) {}
}
