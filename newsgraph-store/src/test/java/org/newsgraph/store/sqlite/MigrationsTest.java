package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.StoreException;

/** Loading the migration list: the bundled one is complete, and broken ones fail naming the culprit. */
class MigrationsTest {

    private static final String TEST_MIGRATIONS = "org/newsgraph/store/sqlite/testmigrations/";

    @Test
    void bundledVersionsCountUpFromOne() {
        assertThat(Migrations.bundled().steps())
                .extracting(Migration::version)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(Migrations.bundled().steps().get(0).file()).endsWith("/V1__articles.sql");
        assertThat(Migrations.bundled().steps().get(1).file()).endsWith("/V2__minhash.sql");
        assertThat(Migrations.bundled().steps().get(2).file()).endsWith("/V3__corpus_entities.sql");
        assertThat(Migrations.bundled().steps().get(3).file()).endsWith("/V4__claims.sql");
        assertThat(Migrations.bundled().steps().get(4).file()).endsWith("/V5__quotes.sql");
        assertThat(Migrations.bundled().steps().get(5).file()).endsWith("/V6__events.sql");
    }

    /** The folder is in the jar when Failsafe runs this test (every test but the Evals, from the jar). */
    @Test
    void bundledIndexListsEverySqlFileBesideIt() throws Exception {
        URI uri = MigrationsTest.class.getClassLoader().getResource(Migrations.BUNDLED).toURI();
        try (FileSystem jar = uri.getScheme().equals("jar") ? FileSystems.newFileSystem(uri, Map.of()) : null;
                Stream<Path> files = Files.list(Path.of(uri))) {
            assertThat(files.map(p -> Migrations.BUNDLED + "/" + p.getFileName())
                    .filter(name -> name.endsWith(".sql")))
                    .containsExactlyInAnyOrderElementsOf(
                            Migrations.bundled().steps().stream().map(Migration::file).toList());
        }
    }

    @Test
    void skipsCommentsAndBlankLines() {
        assertThat(load("v2").steps()).extracting(Migration::version).containsExactly(1, 2);
    }

    @Test
    void rejectsAFileNotNamedLikeAMigrationNamingTheLine() {
        assertThatThrownBy(() -> load("badname"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(TEST_MIGRATIONS + "badname/index.txt line 2")
                .hasMessageContaining("v2-notes.sql");
    }

    @Test
    void rejectsAGapInVersions() {
        assertThatThrownBy(() -> load("gap"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("index.txt line 2")
                .hasMessageContaining("V3__notes.sql should be version 2");
    }

    @Test
    void rejectsAListedFileThatIsMissing() {
        assertThatThrownBy(() -> load("missing"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(TEST_MIGRATIONS + "missing/V1__absent.sql");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> load("empty"))
                .isInstanceOf(StoreException.class)
                .hasMessage("migration " + TEST_MIGRATIONS + "empty/V1__nothing.sql is empty");
    }

    @Test
    void rejectsAMissingOrEmptyIndex() {
        assertThatThrownBy(() -> load("no-such-folder"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(TEST_MIGRATIONS + "no-such-folder/index.txt");
        assertThatThrownBy(() -> load("blank"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("lists no migrations");
    }

    private static Migrations load(String folder) {
        return Migrations.load(MigrationsTest.class.getClassLoader(), TEST_MIGRATIONS + folder);
    }
}
