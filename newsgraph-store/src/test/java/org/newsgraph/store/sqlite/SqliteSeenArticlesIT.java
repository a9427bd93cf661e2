package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.dedup.BandKey;
import org.newsgraph.dedup.DedupConfig;
import org.newsgraph.dedup.Fingerprint;
import org.newsgraph.dedup.NearDuplicateDetector;
import org.newsgraph.dedup.SeenArticles;
import org.newsgraph.dedup.Signature;
import org.newsgraph.store.StoreException;

/** Fingerprints of seen articles in a real SQLite file: kept, found by index, and still there after reopening. */
class SqliteSeenArticlesIT {

    private static final String REPORT = String.join("\n",
            "A magnitude 6.1 earthquake struck the coastal town of Marveno early on Tuesday, killing at least 14 people.",
            "Rescue teams worked through the morning to free people trapped under collapsed apartment blocks.",
            "Mayor Elena Castrillo said the old town had suffered the worst damage, with several churches cracked.",
            "The regional hospital treated more than 200 injured and asked for blood donations.",
            "Seismologists recorded at least 40 aftershocks during the first six hours.",
            "Hundreds of families spent the night in tents set up in the football stadium.");
    private static final Signature SIGNATURE = new Signature(12, new int[] {5, -6, 7, 8});

    @TempDir
    Path temp;

    private Path dir;
    private SqliteArticleStore store;
    private SeenArticles seen;

    @BeforeEach
    void open() {
        dir = temp.resolve("store");
        store = SqliteArticleStore.open(dir);
        seen = store.seenArticles();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void findsTheFirstArticleRememberedWithAHash() {
        long first = saved("a.txt");
        long second = saved("b.txt");
        seen.remember(second, fingerprint("h", new BandKey(0, 1)));
        seen.remember(first, fingerprint("h", new BandKey(0, 1)));

        assertThat(seen.withCleanHash("h")).contains(first);
        assertThat(seen.withCleanHash("other")).isEmpty();
    }

    @Test
    void findsEveryArticleSharingABandWithItsSignature() {
        long a = saved("a.txt");
        long b = saved("b.txt");
        long c = saved("c.txt");
        seen.remember(a, fingerprint("a", new BandKey(0, -9_000_000_000_000_000_000L), new BandKey(1, 22)));
        seen.remember(b, fingerprint("b", new BandKey(1, 22)));
        seen.remember(c, fingerprint("c", new BandKey(1, -9_000_000_000_000_000_000L)));

        assertThat(seen.candidates(List.of(new BandKey(0, -9_000_000_000_000_000_000L)))).containsExactly(a);
        assertThat(seen.candidates(List.of(new BandKey(0, 5), new BandKey(1, 22)))).containsExactlyInAnyOrder(a, b);
        assertThat(seen.candidates(List.of())).isEmpty();
        assertThat(seen.signatureOf(b)).contains(SIGNATURE);
        assertThat(seen.signatureOf(999)).isEmpty();
    }

    @Test
    void keepsTheFirstFingerprintOfAnArticle() {
        long a = saved("a.txt");
        seen.remember(a, fingerprint("first", new BandKey(0, 1)));
        seen.remember(a, new Fingerprint("second", Signature.EMPTY, List.of(new BandKey(0, 2))));

        assertThat(seen.withCleanHash("first")).contains(a);
        assertThat(seen.withCleanHash("second")).isEmpty();
        assertThat(seen.candidates(List.of(new BandKey(0, 2)))).isEmpty();
        assertThat(seen.signatureOf(a)).contains(SIGNATURE);
    }

    @Test
    void keepsAnEmptySignature() {
        long a = saved("a.txt");
        seen.remember(a, new Fingerprint("short", Signature.EMPTY, List.of()));

        assertThat(seen.signatureOf(a)).contains(Signature.EMPTY);
        assertThat(seen.withCleanHash("short")).contains(a);
    }

    @Test
    void refusesTheFingerprintOfAnArticleNotStored() {
        assertThatThrownBy(() -> seen.remember(42, fingerprint("h", new BandKey(0, 1))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("a42")
                .hasMessageContaining(dir.toString());
        assertThat(seen.withCleanHash("h")).isEmpty();
    }

    @Test
    void findsCopiesThroughTheDetectorAfterReopening() {
        long original = store.save(SampleArticles.bare("report.txt", REPORT));
        new NearDuplicateDetector(DedupConfig.defaults(), seen).remember(original, REPORT);
        store.close();

        store = SqliteArticleStore.open(dir);
        NearDuplicateDetector detector = new NearDuplicateDetector(DedupConfig.defaults(), store.seenArticles());
        String nearCopy = "Quake kills 14 in Marveno\nShare this article\n" + REPORT.substring(REPORT.indexOf('\n') + 1);

        assertThat(detector.findCopy(REPORT.toUpperCase(java.util.Locale.ROOT))).contains(original);
        assertThat(detector.findCopy(nearCopy)).contains(original);
        assertThat(detector.findCopy("A different story about a flood in another town entirely.")).isEmpty();
    }

    @Test
    void looksUpBandsAndHashesByIndexNotByScanning() throws Exception {
        String bands = Sql.text(dir, "EXPLAIN QUERY PLAN SELECT article_id FROM minhash_bands WHERE band = 1 AND bucket = 2", 4);
        String hashes = Sql.text(dir, "EXPLAIN QUERY PLAN SELECT article_id FROM minhash_articles"
                + " WHERE clean_hash = 'h' ORDER BY article_id LIMIT 1", 4);

        assertThat(bands).contains("SEARCH minhash_bands USING PRIMARY KEY (band=? AND bucket=?)");
        assertThat(hashes).contains("SEARCH minhash_articles USING COVERING INDEX minhash_articles_by_clean_hash (clean_hash=?)")
                .doesNotContain("TEMP B-TREE");
    }

    @Test
    void refusesToWorkOnAClosedStore() {
        store.close();

        assertThatThrownBy(() -> seen.withCleanHash("h")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seen.candidates(List.of(new BandKey(0, 1)))).isInstanceOf(IllegalStateException.class);
    }

    private long saved(String name) {
        return store.save(SampleArticles.bare(name, "Text of " + name));
    }

    private static Fingerprint fingerprint(String hash, BandKey... bands) {
        return new Fingerprint(hash, SIGNATURE, List.of(bands));
    }
}
