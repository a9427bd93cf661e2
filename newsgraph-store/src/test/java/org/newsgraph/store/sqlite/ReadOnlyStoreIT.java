package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.dedup.Fingerprint;
import org.newsgraph.dedup.Signature;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.Placement;
import org.newsgraph.model.Rejection;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreNotFoundException;
import org.newsgraph.store.StoreVersionException;

/**
 * The read-only view of a store on a real SQLite file: it reads beside the writer, in one snapshot,
 * refuses every write, and neither makes nor migrates a store.
 */
class ReadOnlyStoreIT {

    @TempDir
    Path temp;

    @Test
    void readsWhatTheWriterCommittedWhileTheWriterHoldsTheStoreAndKeepsItsSnapshot() {
        Path dir = temp.resolve("store");
        try (SqliteArticleStore writer = SqliteArticleStore.open(dir)) {
            writer.save(SampleArticles.numbered(1));
            writer.save(SampleArticles.numbered(2));

            try (SqliteArticleStore view = SqliteArticleStore.openReadOnly(dir)) {
                assertThat(view.articles()).hasSize(2);
                writer.save(SampleArticles.numbered(3));

                assertThat(view.articles()).as("the snapshot taken at opening").hasSize(2);
                assertThat(view.find(SampleArticles.numbered(3).contentHash(), "series.jsonl#3")).isEmpty();
                try (SqliteArticleStore later = SqliteArticleStore.openReadOnly(dir)) {
                    assertThat(later.articles()).hasSize(3);
                }
            }
            writer.save(SampleArticles.numbered(4));
        }
    }

    @Test
    void everyWriteThroughTheViewThrowsNamingTheOperationAndChangesNothing() throws Exception {
        Path dir = temp.resolve("store");
        try (SqliteArticleStore writer = SqliteArticleStore.open(dir)) {
            writer.save(SampleArticles.numbered(1));
        }
        try (SqliteArticleStore view = SqliteArticleStore.openReadOnly(dir)) {
            assertRefused(() -> view.save(SampleArticles.numbered(2)), "saving series.jsonl#2 in store " + dir);
            assertRefused(() -> view.recordRejection(new Rejection("x.png", "unsupported")), "recording the rejection of x.png");
            assertRefused(() -> view.seenArticles().remember(1, new Fingerprint("h", Signature.EMPTY, List.of())),
                    "remembering the fingerprint of a1");
            assertRefused(() -> view.corpusEntities().replace(List.of(), List.of(), 1), "replacing the entities");
            ClusterProfile profile = new ClusterProfile(1, 1, Map.of("kyiv", 1.0),
                    new EventSignature("visit", Map.of(), null, null, null));
            assertRefused(() -> view.eventClusters().place(new Placement(1, 1, true, 0, "opened"), profile,
                    List.of("kyiv"), List.of("kyiv")), "placing article 1 in a cluster");
            assertRefused(() -> view.eventClusters().placeCopy(1, 1), "placing copy 1 in cluster 1");

            assertThat(view.articles()).hasSize(1);
        }
        assertThat(Sql.count(dir, "SELECT count(*) FROM articles")).isEqualTo(1);
        assertThat(Sql.count(dir, "SELECT count(*) FROM rejections")).isZero();
        assertThat(Sql.count(dir, "SELECT count(*) FROM cluster_members")).isZero();
        assertThat(Sql.count(dir, "SELECT resolved_through FROM corpus_entity_state")).isZero();
    }

    private static void assertRefused(ThrowingCallable write, String operation) {
        assertThatThrownBy(write).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(operation).hasMessageContaining("read-only");
    }

    @Test
    void thereIsNoStoreWhereNoneWasMadeAndTheViewMakesNone() throws Exception {
        Path missing = temp.resolve("missing");
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> SqliteArticleStore.openReadOnly(missing))
                .isInstanceOf(StoreNotFoundException.class)
                .hasMessage("no store at " + missing + ": run newsgraph analyze first");
        assertThatThrownBy(() -> SqliteArticleStore.openReadOnly(empty)).isInstanceOf(StoreNotFoundException.class);

        assertThat(missing).doesNotExist();
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void anOlderSchemaIsRefusedNamingBothVersionsAndLeftAsItIs() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("store"));
        try (Connection c = Sql.connect(dir)) {
            Migrations.bundled().upTo(9).apply(c, dir);
        }

        assertThatThrownBy(() -> SqliteArticleStore.openReadOnly(dir))
                .isInstanceOf(StoreVersionException.class)
                .hasMessageContaining("store " + dir + " has schema version 9, older than this newsgraph's " + Migrations.bundled().latest())
                .hasMessageContaining("run newsgraph analyze --store " + dir);
        assertThat(Sql.count(dir, "SELECT max(version) FROM schema_version")).isEqualTo(9);

        SqliteArticleStore.open(dir).close();
        SqliteArticleStore.openReadOnly(dir).close();
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        Path dir = temp.resolve("store");
        SqliteArticleStore.open(dir).close();
        Sql.execute(dir, "INSERT INTO schema_version (version, file) VALUES (99, 'V99__future.sql')");

        assertThatThrownBy(() -> SqliteArticleStore.openReadOnly(dir))
                .isInstanceOf(StoreVersionException.class)
                .hasMessageContaining("store " + dir + " has schema version 99")
                .hasMessageContaining("use a newer newsgraph");
    }

    @Test
    void readsEveryArticleAWriterKilledWithoutClosingCommittedAndLeavesNoLock() throws Exception {
        Path dir = temp.resolve("store");

        assertThat(ChildJvm.run("save-and-halt", dir.toString(), "20")).startsWith("saved 20");

        try (SqliteArticleStore view = SqliteArticleStore.openReadOnly(dir)) {
            assertThat(view.articles()).hasSize(20);
            SqliteArticleStore.open(dir).close();
        }
    }

    @Test
    void countsTheArticlesPastEitherFrontierOfTheCorpusModel() {
        Path dir = temp.resolve("store");
        try (SqliteArticleStore writer = SqliteArticleStore.open(dir)) {
            long a1 = writer.save(SampleArticles.numbered(1));
            long a2 = writer.save(SampleArticles.numbered(2));
            long copy = writer.save(SampleArticles.duplicate("copy.txt", "Article 1 again", a1));
            writer.save(SampleArticles.failed("broken.txt", "Broken"));
            long bare = writer.save(SampleArticles.bare("bare.txt", "No names here."));
            assertThat(outside(dir)).as("ok articles and the copy, not the failed one").isEqualTo(4);

            writer.corpusEntities().replace(List.of(), List.of(), bare);
            assertThat(outside(dir)).as("resolved, none placed").isEqualTo(4);

            ClusterProfile profile = new ClusterProfile(1, 1, Map.of("kyiv", 1.0),
                    new EventSignature("visit", Map.of(), null, null, null));
            writer.eventClusters().place(new Placement(a1, 1, true, 0, "opened"), profile, List.of("kyiv"), List.of("kyiv"));
            writer.eventClusters().place(new Placement(a2, 1, false, 0.9, "joined"), profile, List.of("kyiv"), List.of("kyiv"));
            assertThat(outside(dir)).as("an update stopped after two placements").isEqualTo(2);

            writer.eventClusters().placeCopy(copy, 1);
            writer.eventClusters().place(new Placement(bare, 2, true, 0, "opened"),
                    new ClusterProfile(2, 1, Map.of("names", 1.0), new EventSignature(null, Map.of(), null, null, null)),
                    List.of("names"), List.of("names"));
            assertThat(outside(dir)).as("all placed").isZero();

            writer.corpusEntities().replace(List.of(), List.of(), a1);
            assertThat(outside(dir)).as("placed, but a2's entities not resolved; the others have none").isEqualTo(1);
            writer.corpusEntities().replace(List.of(), List.of(), bare);

            writer.save(SampleArticles.numbered(3));
            assertThat(outside(dir)).as("a new article: unresolved and unplaced, counted once").isEqualTo(1);
        }
    }

    private static int outside(Path dir) {
        try (ArticleStore view = SqliteArticleStore.openReadOnly(dir)) {
            return view.articlesOutsideCorpusModel();
        }
    }
}
