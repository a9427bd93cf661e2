package org.newsgraph.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.dedup.BandKey;
import org.newsgraph.dedup.Fingerprint;
import org.newsgraph.dedup.SeenArticles;
import org.newsgraph.dedup.Signature;

/**
 * The fingerprints of seen articles in the store's database ({@code minhash_articles},
 * {@code minhash_bands}), on the store's connection. Every lookup is an index probe, so its cost
 * does not grow with the number of articles. Methods run through the store's own reading and
 * writing, because they share its connection.
 */
final class SqliteSeenArticles implements SeenArticles {

    private static final String BY_CLEAN_HASH =
            "SELECT article_id FROM minhash_articles WHERE clean_hash = ? ORDER BY article_id LIMIT 1";
    private static final String IN_BAND = "SELECT article_id FROM minhash_bands WHERE band = ? AND bucket = ?";
    private static final String SIGNATURE = "SELECT signature FROM minhash_articles WHERE article_id = ?";
    private static final String INSERT_ARTICLE =
            "INSERT OR IGNORE INTO minhash_articles (article_id, clean_hash, signature) VALUES (?, ?, ?)";
    private static final String INSERT_BAND = "INSERT INTO minhash_bands (band, bucket, article_id) VALUES (?, ?, ?)";

    private final SqliteArticleStore store;

    SqliteSeenArticles(SqliteArticleStore store) {
        this.store = store;
    }

    @Override
    public Optional<Long> withCleanHash(String cleanHash) {
        return store.reading("finding words " + cleanHash, c -> firstLong(c, BY_CLEAN_HASH, cleanHash));
    }

    @Override
    public Set<Long> candidates(List<BandKey> bands) {
        return store.reading("finding LSH candidates", c -> inBands(c, bands));
    }

    @Override
    public Optional<Signature> signatureOf(long articleId) {
        return store.reading("reading the signature of a" + articleId, c -> signature(c, articleId));
    }

    /** {@inheritDoc} The article must be stored already. */
    @Override
    public void remember(long articleId, Fingerprint fingerprint) {
        store.writing("remembering the fingerprint of a" + articleId, c -> insert(c, articleId, fingerprint));
    }

    private static Optional<Long> firstLong(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static Set<Long> inBands(Connection c, List<BandKey> bands) throws SQLException {
        Set<Long> found = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(IN_BAND)) {
            for (BandKey band : bands) {
                ps.setInt(1, band.band());
                ps.setLong(2, band.bucket());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
            }
        }
        return found;
    }

    private static Optional<Signature> signature(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SIGNATURE)) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Signature.fromBytes(rs.getBytes(1))) : Optional.empty();
            }
        }
    }

    private static Void insert(Connection c, long articleId, Fingerprint fingerprint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_ARTICLE)) {
            ps.setLong(1, articleId);
            ps.setString(2, fingerprint.cleanHash());
            ps.setBytes(3, fingerprint.signature().bytes());
            if (ps.executeUpdate() == 0) {
                return null; // remembered before: keep the first fingerprint, as the port says
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_BAND)) {
            for (BandKey band : fingerprint.bands()) {
                ps.setInt(1, band.band());
                ps.setLong(2, band.bucket());
                ps.setLong(3, articleId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return null;
    }
}
