package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventDate;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreVersionException;

/** Migrations applied to real SQLite files: once each, in order, each whole or not at all. */
class MigrationsIT {

    private static final String TEST_MIGRATIONS = "org/newsgraph/store/sqlite/testmigrations/";
    private static final String VERSIONS = "SELECT version || ' ' || file || ' ' || applied_at FROM schema_version ORDER BY version";

    @TempDir
    Path temp;

    @Test
    void aNewStoreIsAtTheLatestVersionAndReopeningAppliesNothing() throws Exception {
        Path dir = temp.resolve("store");
        try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
            store.save(SampleArticles.rich("nato.html"));
        }
        String applied = Sql.text(dir, VERSIONS);

        try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
            assertThat(store.articles()).hasSize(1);
        }

        assertThat(Sql.text(dir, VERSIONS)).isEqualTo(applied);
        assertThat(Sql.count(dir, "SELECT max(version) FROM schema_version"))
                .isEqualTo(Migrations.bundled().latest())
                .isEqualTo(19);
    }

    @Test
    void refusesAStoreWrittenByANewerNewsgraphAndLetsGoOfIt() throws Exception {
        Path dir = temp.resolve("store");
        SqliteArticleStore.open(dir).close();
        Sql.execute(dir, "INSERT INTO schema_version (version, file) VALUES (99, 'V99__future.sql')");

        assertThatThrownBy(() -> SqliteArticleStore.open(dir))
                .isInstanceOf(StoreVersionException.class)
                .hasMessageContaining("store " + dir)
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("newer newsgraph");

        Sql.execute(dir, "DELETE FROM schema_version WHERE version = 99");
        SqliteArticleStore.open(dir).close();
    }

    @Test
    void upgradesAnOlderDatabaseOneStepAtATime() throws Exception {
        Path dir = temp.resolve("db");
        Files.createDirectories(dir);
        try (Connection c = Sql.connect(dir)) {
            load("v1").apply(c, dir);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO notes (body) VALUES ('kept')");
            }

            load("v2").apply(c, dir);

            assertThat(Migrations.version(c)).isEqualTo(2);
        }
        assertThat(Sql.text(dir, "SELECT body || '/' || coalesce(author, '-') FROM notes")).isEqualTo("kept/-");
    }

    @Test
    void aStoreFromBeforeEntitiesWereKeptUpgradesWithNoRolesAndItsEntitiesStillToResolve() throws Exception {
        Path dir = storeAt(2, article(1, "NATO met.", 3),
                "INSERT INTO entities (article_id, local_id, name, type) VALUES (1, 0, 'NATO', 'organization')");

        try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
            assertThat(store.articles().get(0).article().entities()).singleElement()
                    .satisfies(e -> assertThat(e.roles()).isEmpty());
            assertThat(store.corpusEntities().isUpToDate()).isFalse();
            assertThat(store.corpusEntities().nextId()).isEqualTo(1);
        }
    }

    @Test
    void clustersFromBeforeTheFlatLookupsKeepTheirCountAndTheirIndexKeysLearnTheirDay() throws Exception {
        Path dir = storeAt(9, article(1, "Talks.", 1), article(2, "Talks.", 1), article(3, "Talks.", 1), """
                INSERT INTO event_clusters (id, size, terms, participants, published, last_published,
                    published_stated)
                VALUES (1, 2, 'talks	1.0', '', '2022-03-01', '2022-03-04', 1),
                       (2, 1, 'talks	1.0', '', '2022-03-02', '2022-03-02', 0)""", """
                INSERT INTO cluster_members (article_id, cluster_id, opened, copy, score, reason)
                VALUES (1, 1, 1, 0, 0, 'opened'), (2, 1, 0, 1, 1, 'copy'), (3, 2, 1, 0, 0, 'opened')""",
                "INSERT INTO cluster_keys (key, cluster_id) VALUES ('talks', 1), ('talks', 2)");

        try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
            assertThat(store.eventClusters().profiledArticles()).isEqualTo(2);
        }
        assertThat(Sql.text(dir, "SELECT group_concat(cluster_id || ':' || coalesce(last_day, '-'), ' ') "
                + "FROM (SELECT * FROM cluster_keys ORDER BY cluster_id)")).isEqualTo("1:2022-03-04 2:-");
    }

    @Test
    void eventsFromBeforeDateNotesReadNoNoteAndAKnownDateTakesNone() throws Exception {
        Path dir = storeAt(10, article(1, "Berg had met Marsman.", 5), """
                INSERT INTO events (article_id, seq, type, salience, title, trigger_start, trigger_end,
                    date_value, date_basis, date_confidence)
                VALUES (1, 0, 'meeting', 'main', 'Berg meets Marsman', 9, 12, NULL, 'none', 0)""");

        try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
            EventDate date = store.articles().get(0).article().events().get(0).date();
            assertThat(date.isKnown()).isFalse();
            assertThat(date.note()).isNull();
        }
        Sql.execute(dir, "UPDATE events SET date_note = 'told as past' WHERE article_id = 1");
        assertThatThrownBy(() -> Sql.execute(dir, "UPDATE events SET date_value = '2023', date_basis = 'text' "
                + "WHERE article_id = 1")).hasMessageContaining("CHECK constraint failed");
    }

    @Test
    void corpusEventsFromBeforeTheirPeriodsWereKeptTakeThePeriodTheirDateCovers() throws Exception {
        String[] values = {"2023-04-20", "2023-04", "2024-02", "2023", "2020-W53", "2021-W53", "2023-W01", "2023-02-30",
            "2023-13", "XXXX-04-20", "PRESENT_REF", "2023-04-21T10:00"};
        StringBuilder rows = new StringBuilder();
        for (int n = 0; n < values.length; n++) {
            rows.append(n == 0 ? "" : ", ").append("(1, %d, 'meeting', '%s', 'title', '%s', 'text', 0.5)"
                    .formatted(n, n == 0 ? "main" : "reported", values[n]));
        }
        Path dir = storeAt(17, article(1, "Berg met Marsman.", 4),
                "INSERT INTO merged_clusters (cluster_id, inputs, rules) VALUES (1, 'in', 1)",
                "INSERT INTO corpus_events (cluster_id, number, type, salience, title, date_value, date_basis, "
                        + "date_confidence) VALUES " + rows);

        try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
            assertThat(store.corpusEvents().events()).hasSize(values.length);
        }
        for (int n = 0; n < values.length; n++) {
            Optional<DatePeriod> period = DatePeriod.of(values[n]);
            assertThat(Sql.text(dir, "SELECT coalesce(date_first, '-') || ' ' || coalesce(date_last, '-') "
                    + "FROM corpus_events WHERE number = " + n)).as(values[n])
                    .isEqualTo(period.map(p -> p.first() + " " + p.last()).orElse("- -"));
        }
    }

    @Test
    void aStoreFromBeforeCorpusEventsWereKeptUpgradesWithNoneAndSaysTheyAreMissing() throws Exception {
        Path dir = storeAt(11, article(1, "Berg met Marsman.", 4));

        try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
            assertThat(store.corpusEvents().events()).isEmpty();
            assertThat(store.corpusEvents().stories()).isEmpty();
            assertThat(store.corpusEvents().state(1, 1)).isEqualTo(CorpusEvents.State.MISSING);
        }
    }

    @Test
    void eventsFromBeforeLastingIdsKeepTheirNumbersAndTheirClusterCountsThemAsGiven() throws Exception {
        Path dir = storeAt(17, article(1, "Berg met Marsman.", 4), """
                INSERT INTO event_clusters (id, size, terms, participants, published, last_published, published_stated)
                VALUES (1, 1, 'talks	1.0', '', '2022-03-01', '2022-03-01', 1)""",
                "INSERT INTO merged_clusters (cluster_id, inputs, rules) VALUES (1, 'in1', 2)", """
                INSERT INTO corpus_events (cluster_id, number, type, salience, title, date_basis, date_confidence)
                VALUES (1, 0, 'meeting', 'main', 'Berg meets Marsman', 'none', 0),
                       (1, 1, 'call', 'reported', 'A call', 'none', 0), (1, 3, 'call', 'reported', 'A call', 'none', 0)""");

        try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
            assertThat(store.corpusEvents().events()).extracting(CorpusEvent::exportId).containsExactly("v1", "v1.1", "v1.3");
            assertThat(store.corpusEvents().numbered(List.of(1L))).isEqualTo(Map.of(1L, 3));
            assertThat(store.corpusEvents().eventMerges()).isEmpty();
        }
    }

    @Test
    void aFailingMigrationIsRolledBackWholeAndNamesItsFile() throws Exception {
        Path dir = temp.resolve("db");
        Files.createDirectories(dir);
        try (Connection c = Sql.connect(dir)) {
            Migrations failing = load("failing");

            assertThatThrownBy(() -> failing.apply(c, dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(TEST_MIGRATIONS + "failing/V2__half_done.sql")
                    .hasMessageContaining("no such table: nowhere");

            assertThat(Migrations.version(c)).isEqualTo(1);
        }
        assertThat(Sql.count(dir, "SELECT count(*) FROM sqlite_schema WHERE name = 'half'")).isZero();
    }

    private static Migrations load(String folder) {
        return Migrations.load(MigrationsIT.class.getClassLoader(), TEST_MIGRATIONS + folder);
    }

    /** A store in a fresh folder, migrated up to {@code version} only, with these rows written as it was then. */
    private Path storeAt(int version, String... inserts) throws Exception {
        Path dir = temp.resolve("store");
        Files.createDirectories(dir);
        try (Connection c = Sql.connect(dir)) {
            Migrations.bundled().upTo(version).apply(c, dir);
            try (Statement s = c.createStatement()) {
                for (String insert : inserts) {
                    s.executeUpdate(insert);
                }
            }
        }
        return dir;
    }

    /** The row of analysed article {@code n}, as every schema version since the first stores it. */
    private static String article(int n, String text, int tokens) {
        return """
                INSERT INTO articles (content_hash, source_key, file, format, outlet_basis, published_basis,
                    published_confidence, status, text, token_count)
                VALUES ('h%d', 'a%d.txt', 'a%d.txt', 'text', 'none', 'none', 0, 'ok', '%s', %d)"""
                .formatted(n, n, n, text, tokens);
    }
}
