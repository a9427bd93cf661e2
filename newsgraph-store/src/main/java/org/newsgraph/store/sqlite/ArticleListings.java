package org.newsgraph.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.store.ArticlePart;
import org.newsgraph.store.ArticleStore.PartKey;

/**
 * The listings of articles, quotes and claims by query: a page of keys by an offset into the primary
 * key (or the index of articles by outlet), and how many the listing holds by a count of the same.
 */
final class ArticleListings {

    // Quotes whose speaker is a member of one of some corpus entities: each quote's speaker probes the
    // primary key of entity members.
    private static final String BY_SPEAKERS = """
            FROM quotes q JOIN corpus_entity_members m ON m.article_id = q.article_id AND m.local_id = q.speaker_local_id
            WHERE m.entity_id IN (SELECT value FROM json_each(?))""";

    private ArticleListings() {}

    static List<Long> articleIds(Connection c, Set<String> outlets, ArticleStatus status, int skip, int count)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles" + where(outlets, status)
                + " ORDER BY id LIMIT ? OFFSET ?")) {
            int next = bind(ps, outlets, status);
            ps.setInt(next, count);
            ps.setInt(next + 1, skip);
            return Transaction.queryLongs(ps);
        }
    }

    static int countArticles(Connection c, Set<String> outlets, ArticleStatus status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM articles" + where(outlets, status))) {
            bind(ps, outlets, status);
            return count(ps);
        }
    }

    /** The filter of an articles listing: outlets by their stored spellings (the index of articles by outlet), a status. */
    private static String where(Set<String> outlets, ArticleStatus status) {
        List<String> terms = new ArrayList<>();
        if (outlets != null) {
            terms.add("outlet IN (" + String.join(",", java.util.Collections.nCopies(outlets.size(), "?")) + ")");
        }
        if (status != null) {
            terms.add("status = ?");
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    /** Binds the filter {@link #where} wrote; gives the index of the next parameter. */
    private static int bind(PreparedStatement ps, Set<String> outlets, ArticleStatus status) throws SQLException {
        int i = 1;
        if (outlets != null) {
            for (String outlet : outlets) {
                ps.setString(i++, outlet);
            }
        }
        if (status != null) {
            ps.setString(i++, status.label());
        }
        return i;
    }

    static List<PartKey> partKeys(Connection c, ArticlePart part, Set<Long> speakers, int skip, int count)
            throws SQLException {
        String sql = speakers == null
                ? "SELECT article_id, seq FROM " + PartKey.table(part) + " ORDER BY article_id, seq LIMIT ? OFFSET ?"
                : "SELECT q.article_id, q.seq " + bySpeakers(part) + " ORDER BY q.article_id, q.seq LIMIT ? OFFSET ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (speakers != null) {
                ps.setString(i++, ArticleRowReader.idArray(speakers));
            }
            ps.setInt(i, count);
            ps.setInt(i + 1, skip);
            List<PartKey> keys = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new PartKey(rs.getLong(1), rs.getInt(2)));
                }
            }
            return keys;
        }
    }

    static int countParts(Connection c, ArticlePart part, Set<Long> speakers) throws SQLException {
        String sql = speakers == null ? "SELECT count(*) FROM " + PartKey.table(part) : "SELECT count(*) " + bySpeakers(part);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (speakers != null) {
                ps.setString(1, ArticleRowReader.idArray(speakers));
            }
            return count(ps);
        }
    }

    private static String bySpeakers(ArticlePart part) {
        if (part != ArticlePart.QUOTES) {
            throw new IllegalArgumentException("only quotes have speakers, not " + part);
        }
        return BY_SPEAKERS;
    }

    private static int count(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
