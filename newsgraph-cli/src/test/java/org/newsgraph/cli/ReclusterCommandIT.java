package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testkit.Seeds;

/**
 * recluster on a store of real news analysed by the real models: it changes the clusters as it
 * decides, writes each merge and split to the history (the export's cluster_history, cluster
 * --why), and a second run changes nothing; killed with SIGKILL half-way, it leaves the store whole
 * and the next run ends where an uninterrupted run ends.
 */
class ReclusterCommandIT {

    private static final int ARTICLES = 30;
    /** A cut few pairs of articles reach: nearly every cluster of several reports is split. */
    private static final String CUT = "0.99";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path base;

    @BeforeAll
    static void analyzeRealNews() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        try (Stream<Path> files = Files.list(Seeds.shared().resolve("data/ecbplus/text"))) {
            for (Path article : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList()) {
                Files.copy(article, inputs.resolve(article.getFileName()));
            }
        }
        base = dir.resolve("base");
        Cli analyze = Cli.run("analyze", inputs, "--store", base);
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
    }

    @Test
    void aReclusterChangesTheClustersAsDecidedKeepsTheHistoryAndASecondRunChangesNothing() throws Exception {
        Path store = copy(base, dir.resolve("once"));
        long firstNewId = count(store, "SELECT max(id) + 1 FROM event_clusters");
        int members = count(store, "SELECT count(*) FROM cluster_members");

        Cli run = Cli.run("recluster", "--store", store, "--start", "articles", "--cut", CUT);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("recluster: \\d+ clusters looked at, 0 merges, [1-9]\\d* splits in [\\d.]+ s");
        assertThat(run.out()).as("the search index follows the changed events").containsPattern(
                "search index: \\d+ documents \\(\\d+ written, \\d+ deleted\\)");
        Cli search = Cli.run("search", "the", "--store", store);
        assertThat(search.err()).as("no note of an index behind the store").doesNotContain("behind");
        int splits = count(store, "SELECT count(*) FROM cluster_history WHERE kind = 'split'");
        assertThat(splits).isPositive();
        assertThat(count(store, "SELECT count(*) FROM cluster_members")).isEqualTo(members);
        assertThat(count(store, "SELECT min(into_id) FROM cluster_history WHERE kind = 'split'")).isEqualTo(firstNewId);
        assertConsistent(store);

        Path out = dir.resolve("once.json");
        assertThat(Cli.run("export", "--store", store, out).exitCode()).isZero();
        JsonNode history = JSON.readTree(out.toFile()).get("cluster_history");
        assertThat(history).hasSize(splits);
        JsonNode split = history.get(0);
        assertThat(split.get("kind").asText()).isEqualTo("split");
        assertThat(split.get("after").get(0).asText()).isEqualTo(split.get("before").get(0).asText());
        assertThat(split.get("reason").asText()).startsWith("average linkage p ");
        String moved = split.get("after").get(1).asText();
        Cli why = Cli.run("cluster", moved, "--why", "--store", store);
        assertThat(why.out()).contains("history:", "split from " + split.get("before").get(0).asText(),
                "then split from");

        Cli again = Cli.run("recluster", "--store", store, "--start", "articles", "--cut", CUT);
        assertThat(again.out()).contains("0 merges, 0 splits");
        assertThat(count(store, "SELECT count(*) FROM cluster_history")).isEqualTo(splits);
    }

    @Test
    void aReclusterKilledHalfWayLeavesTheStoreWholeAndTheNextRunEndsWhereAnUninterruptedOneDoes() throws Exception {
        Path killed = copy(base, dir.resolve("killed"));
        Path whole = copy(base, dir.resolve("whole"));
        int members = count(killed, "SELECT count(*) FROM cluster_members");

        Process child = startReclusterInChildJvm(killed);
        int before = waitForHistoryRows(killed, child, 2);
        child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no close
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(count(killed, "SELECT count(*) FROM cluster_history")).isGreaterThanOrEqualTo(before);
        assertThat(count(killed, "SELECT count(*) FROM cluster_members")).isEqualTo(members);
        assertConsistent(killed);

        Cli resumed = Cli.run("recluster", "--store", killed, "--start", "articles", "--cut", CUT);
        Cli uninterrupted = Cli.run("recluster", "--store", whole, "--start", "articles", "--cut", CUT);

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(partition(killed)).isEqualTo(partition(whole));
        assertThat(count(killed, "SELECT count(*) FROM cluster_history"))
                .isEqualTo(count(whole, "SELECT count(*) FROM cluster_history"));
        assertConsistent(killed);
        assertThat(Cli.run("recluster", "--store", killed, "--start", "articles", "--cut", CUT).out())
                .contains("0 merges, 0 splits");
    }

    /** Every article in one standing cluster, and each standing cluster's size its articles (copies not counted). */
    private static void assertConsistent(Path store) throws SQLException {
        assertThat(count(store, "SELECT count(*) FROM cluster_members m JOIN event_clusters c ON c.id = m.cluster_id "
                + "WHERE c.merged_into IS NOT NULL")).as("articles in ended clusters").isZero();
        assertThat(count(store, "SELECT count(*) FROM event_clusters c WHERE c.merged_into IS NULL AND c.size != "
                + "(SELECT count(*) FROM cluster_members m WHERE m.cluster_id = c.id AND m.copy = 0)"))
                .as("clusters whose size is not their articles'").isZero();
        assertThat(count(store, "SELECT count(*) FROM articles a WHERE a.status = 'ok' AND NOT EXISTS "
                + "(SELECT 1 FROM cluster_members m WHERE m.article_id = a.id)")).as("articles in no cluster").isZero();
        assertThat(count(store, "SELECT count(*) FROM cluster_keys k JOIN event_clusters c ON c.id = k.cluster_id "
                + "WHERE c.merged_into IS NOT NULL")).as("ended clusters in the index").isZero();
    }

    private static Set<Set<Long>> partition(Path store) throws SQLException {
        Map<Long, Set<Long>> clusters = new HashMap<>();
        try (Connection c = connect(store); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT article_id, cluster_id FROM cluster_members")) {
            while (r.next()) {
                clusters.computeIfAbsent(r.getLong(2), k -> new HashSet<>()).add(r.getLong(1));
            }
        }
        return new HashSet<>(clusters.values());
    }

    private static Process startReclusterInChildJvm(Path store) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx2g", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "recluster", "--store", store.toString(),
                "--start", "articles", "--cut", CUT, "--pause-ms", "400"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(store.resolveSibling("recluster-child.log").toFile()).start();
    }

    private static int waitForHistoryRows(Path store, Process child, int wanted) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the recluster ended before it could be killed: "
                    + Files.readString(store.resolveSibling("recluster-child.log"))).isTrue();
            int n = count(store, "SELECT count(*) FROM cluster_history");
            if (n >= wanted) {
                return n;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no change committed within " + PATIENCE);
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static Connection connect(Path store) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + store.resolve("newsgraph.db"));
    }

    private static int count(Path store, String sql) throws SQLException {
        try (Connection c = connect(store); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.getInt(1);
        }
    }
}
