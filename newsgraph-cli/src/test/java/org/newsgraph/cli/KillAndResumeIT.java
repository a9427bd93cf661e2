package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testkit.Seeds;

/**
 * A run killed with SIGKILL in the middle loses nothing it had committed, leaves no half-written
 * row behind (articles, clusters or the corpus model), and the next run completes the rest without
 * storing anything twice and brings the corpus model up to date.
 */
class KillAndResumeIT {

    private static final int ARTICLES = 30;
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    @Test
    void aKilledRunLosesNothingCommittedAndTheNextRunFinishesWithoutDuplicates() throws Exception {
        Path inputs = writeDistinctArticles(Files.createDirectories(dir.resolve("inputs")));
        Path store = dir.resolve("store");

        Process child = startAnalyzeInChildJvm(inputs, store);
        int committedBeforeKill = waitForCommittedArticles(store, child, 2);
        child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no close
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int afterKill = count(store, "SELECT count(*) FROM articles");
        assertThat(afterKill).isGreaterThanOrEqualTo(committedBeforeKill).isLessThan(ARTICLES);
        assertThat(rows(store, "PRAGMA integrity_check")).containsExactly("ok");
        assertThat(rows(store, "PRAGMA foreign_key_check")).as("rows whose reference is missing").isEmpty();

        Cli resumed = Cli.run("analyze", inputs, "--store", store);

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains(afterKill + " already stored", "0 failed");
        assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
        assertThat(count(store, "SELECT count(DISTINCT source_key) FROM articles")).isEqualTo(ARTICLES);
        assertThat(count(store, "SELECT count(*) FROM articles WHERE status NOT IN ('ok', 'duplicate')")).isZero();
        assertThat(count(store, "SELECT count(*) FROM articles a WHERE status = 'ok' AND NOT EXISTS "
                + "(SELECT 1 FROM minhash_articles m WHERE m.article_id = a.id)")).as("fingerprints").isZero();
        assertThat(count(store, "SELECT count(*) FROM articles a WHERE status = 'ok' AND NOT EXISTS "
                + "(SELECT 1 FROM cluster_members m WHERE m.article_id = a.id)")).as("articles in no cluster").isZero();
        assertThat(count(store, "SELECT count(*) FROM event_clusters c WHERE EXISTS (SELECT 1 FROM cluster_members m "
                + "WHERE m.cluster_id = c.id) AND NOT EXISTS (SELECT 1 FROM merged_clusters e WHERE e.cluster_id = c.id)"))
                .as("clusters whose events were not merged").isZero();
        assertThat(rows(store, "PRAGMA foreign_key_check")).isEmpty();
        Cli events = Cli.run("events", "--store", store);
        assertThat(events.exitCode()).as(events.err()).isZero();
        assertThat(events.err()).as("the corpus model is current again").doesNotContain("note:");
    }

    /** Real news articles (ECB+, one sentence a line), the first of them in name order. */
    private static Path writeDistinctArticles(Path inputs) throws IOException {
        try (Stream<Path> files = Files.list(Seeds.shared().resolve("data/ecbplus/text"))) {
            for (Path article : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList()) {
                Files.copy(article, inputs.resolve(article.getFileName()));
            }
        }
        return inputs;
    }

    private static Process startAnalyzeInChildJvm(Path inputs, Path store) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx4g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "analyze", inputs.toString(), "--store", store.toString())
                .redirectErrorStream(true)
                .redirectOutput(inputs.resolveSibling("child.log").toFile())
                .start();
    }

    private int waitForCommittedArticles(Path store, Process child, int wanted) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the child run ended before it could be killed: "
                    + Files.readString(dir.resolve("child.log"))).isTrue();
            if (Files.exists(store.resolve("newsgraph.db"))) {
                int n = countIfReady(store);
                if (n >= wanted) {
                    return n;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no articles committed within " + PATIENCE);
    }

    private static int countIfReady(Path store) {
        try {
            return count(store, "SELECT count(*) FROM articles");
        } catch (SQLException e) {
            return 0; // the schema is still being created
        }
    }

    /** The first column of every row a statement gives, as text. */
    private static List<String> rows(Path store, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("newsgraph.db"));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1));
            }
            return rows;
        }
    }

    private static int count(Path store, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("newsgraph.db"));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.getInt(1);
        }
    }
}
