package org.newsgraph.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Place;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/**
 * Writes an article and its parts as rows. Runs inside the caller's transaction, so a failure
 * anywhere leaves nothing behind once the caller rolls back. The source body is not written.
 */
final class ArticleRowWriter {

    private static final String INSERT_ARTICLE = """
            INSERT INTO articles (content_hash, source_key, file, format, title, url, outlet, outlet_basis,
                published_date, published_basis, published_confidence, language,
                status, error, duplicate_of, text, token_count, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id""";
    private static final String INSERT_REMOVED =
            "INSERT INTO removed (article_id, seq, text, reason) VALUES (?, ?, ?, ?)";
    private static final String INSERT_ENTITY =
            """
            INSERT INTO entities (article_id, local_id, name, type, place_id, place_name, place_country,
                place_latitude, place_longitude, place_population, place_feature, roles)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_MENTION = """
            INSERT INTO mentions (article_id, entity_local_id, seq, span_start, span_end, text)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_TIMEX = """
            INSERT INTO timexes (article_id, seq, span_start, span_end, text, type, value)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_QUOTE = """
            INSERT INTO quotes (article_id, seq, span_start, span_end, text, direct, speaker_local_id, speaker_text,
                speaker_start, speaker_end, cue, cue_start, cue_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_CLAIM = """
            INSERT INTO claims (article_id, seq, span_start, span_end, text, value, upper_value, unit, qualifier,
                claimant_local_id, claimant_text, subject)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_EVENT = """
            INSERT INTO events (article_id, seq, type, cameo, salience, title, trigger_start, trigger_end,
                location_local_id, date_value, date_basis, date_confidence, date_note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_PARTICIPANT =
            "INSERT INTO event_participants (article_id, event_seq, rank, local_id) VALUES (?, ?, ?, ?)";
    private static final String INSERT_EVIDENCE =
            "INSERT INTO event_evidence (article_id, event_seq, seq, span_start, span_end) VALUES (?, ?, ?, ?, ?)";

    private ArticleRowWriter() {}

    /** Inserts the article with all its parts and returns its new id. */
    static long insert(Connection c, AnalyzedArticle article) throws SQLException {
        long id = insertArticle(c, article);
        insertRemoved(c, id, article.removed());
        insertEntities(c, id, article.entities());
        insertTimexes(c, id, article.timexes());
        insertQuotes(c, id, article.quotes());
        insertClaims(c, id, article.claims());
        insertEvents(c, id, article.events());
        return id;
    }

    /** Deletes the article; its parts go with it (ON DELETE CASCADE). */
    static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static long insertArticle(Connection c, AnalyzedArticle a) throws SQLException {
        ArticleSource s = a.source();
        try (PreparedStatement ps = c.prepareStatement(INSERT_ARTICLE)) {
            bind(ps, a.contentHash(), s.sourceKey(), s.file(), label(s.format()), s.title(), s.url(), s.outlet(), s.outletBasis().label(),
                    s.published().date(), s.published().basis().label(), s.published().confidence(), s.language(),
                    a.status().label(), a.error(), a.duplicateOf(), a.text(), a.tokenCount(),
                    lines(a.notes()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void insertRemoved(Connection c, long id, List<Removed> removed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_REMOVED)) {
            for (int seq = 0; seq < removed.size(); seq++) {
                Removed r = removed.get(seq);
                bind(ps, id, seq, r.text(), r.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertEntities(Connection c, long id, List<LocalEntity> entities) throws SQLException {
        try (PreparedStatement entity = c.prepareStatement(INSERT_ENTITY);
             PreparedStatement mention = c.prepareStatement(INSERT_MENTION)) {
            for (int local = 0; local < entities.size(); local++) {
                LocalEntity e = entities.get(local);
                bind(entity, id, local, e.name(), e.type() == null ? null : label(e.type()));
                bindPlace(entity, 5, e.place());
                entity.setString(12, lines(e.roles()));
                entity.executeUpdate();
                addMentions(mention, id, local, e.mentions());
            }
            mention.executeBatch();
        }
    }

    private static void addMentions(PreparedStatement ps, long id, int local, List<Mention> mentions)
            throws SQLException {
        for (int seq = 0; seq < mentions.size(); seq++) {
            Mention m = mentions.get(seq);
            bind(ps, id, local, seq, m.span().start(), m.span().end(), m.text());
            ps.addBatch();
        }
    }

    private static void insertTimexes(Connection c, long id, List<Timex> timexes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_TIMEX)) {
            for (int seq = 0; seq < timexes.size(); seq++) {
                Timex t = timexes.get(seq);
                bind(ps, id, seq, t.span().start(), t.span().end(), t.text(), t.type(), t.value());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertQuotes(Connection c, long id, List<Quote> quotes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_QUOTE)) {
            for (int seq = 0; seq < quotes.size(); seq++) {
                Quote q = quotes.get(seq);
                Span speaker = q.speakerSpan();
                Span cue = q.cueSpan();
                bind(ps, id, seq, q.span().start(), q.span().end(), q.text(), q.direct() ? 1 : 0,
                        q.attributed() ? q.speaker() : null, q.speakerText(),
                        speaker == null ? null : speaker.start(), speaker == null ? null : speaker.end(),
                        q.cue(), cue == null ? null : cue.start(), cue == null ? null : cue.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertClaims(Connection c, long id, List<Claim> claims) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_CLAIM)) {
            for (int seq = 0; seq < claims.size(); seq++) {
                Claim k = claims.get(seq);
                bind(ps, id, seq, k.span().start(), k.span().end(), k.text(), k.value(), k.upper(), k.unit(), k.qualifier(),
                        k.hasClaimant() ? k.claimant() : null, k.claimantText(), k.subject());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertEvents(Connection c, long id, List<Event> events) throws SQLException {
        try (PreparedStatement event = c.prepareStatement(INSERT_EVENT);
             PreparedStatement participant = c.prepareStatement(INSERT_PARTICIPANT);
             PreparedStatement evidence = c.prepareStatement(INSERT_EVIDENCE)) {
            for (int seq = 0; seq < events.size(); seq++) {
                Event e = events.get(seq);
                EventDate d = e.date();
                bind(event, id, seq, e.type(), e.cameo(), e.salience().label(), e.title(), e.trigger().start(),
                        e.trigger().end(), e.hasLocation() ? e.location() : null, d.value(), d.basis().label(), d.confidence(),
                        d.note());
                event.addBatch();
                for (int rank = 0; rank < e.participants().size(); rank++) {
                    bind(participant, id, seq, rank, e.participants().get(rank));
                    participant.addBatch();
                }
                for (int k = 0; k < e.evidence().size(); k++) {
                    bind(evidence, id, seq, k, e.evidence().get(k).start(), e.evidence().get(k).end());
                    evidence.addBatch();
                }
            }
            event.executeBatch();
            participant.executeBatch();
            evidence.executeBatch();
        }
    }

    /**
     * Binds the seven place columns (id, name, country, latitude, longitude, population, feature)
     * from parameter {@code first} on; all null for an entity that is no place, and the
     * coordinates null for a country, which has none.
     */
    static void bindPlace(PreparedStatement ps, int first, Place p) throws SQLException {
        boolean located = p != null && p.hasCoordinates();
        Object[] values = {p == null ? null : p.geonameId(), p == null ? null : p.name(),
            p == null ? null : p.countryCode(), located ? p.latitude() : null, located ? p.longitude() : null,
            p == null ? null : p.population(), p == null ? null : p.featureCode()};
        for (int i = 0; i < values.length; i++) {
            ps.setObject(first + i, values[i]);
        }
    }

    /** Short lists of text (notes, roles, links) are kept in one column, one a line. */
    static String lines(List<String> values) {
        return String.join("\n", values);
    }

    /** Lower-case enum names, as {@code ArticleStatus} and {@code Basis} label themselves. */
    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}
