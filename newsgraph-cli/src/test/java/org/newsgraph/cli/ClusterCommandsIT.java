package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testkit.Seeds;

/**
 * The clusters and cluster commands on the seeds analysed by the real models through the command
 * line: the listing holds the export's clusters, and --why says what put each article where it is.
 */
class ClusterCommandsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path store;
    private static JsonNode export;

    @BeforeAll
    static void analyzeTheSeeds() throws IOException {
        store = dir.resolve("store");
        Path out = dir.resolve("seeds.json");
        Cli analyze = Cli.run("analyze", Seeds.folder(), "--export", out, "--store", store);
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        export = JSON.readTree(out.toFile());
    }

    @Test
    void theListingHoldsTheExportsClusters() throws IOException {
        JsonNode listed = JSON.readTree(Cli.run("clusters", "--store", store, "--json").out());

        Set<Set<String>> fromListing = new HashSet<>();
        listed.forEach(c -> {
            Set<String> members = new HashSet<>();
            c.get("members").forEach(m -> members.add(m.get("article").asText()));
            fromListing.add(members);
        });
        Set<Set<String>> fromExport = new HashSet<>();
        export.get("clusters").forEach(c -> {
            Set<String> members = new HashSet<>();
            c.forEach(a -> members.add(a.asText()));
            fromExport.add(members);
        });
        assertThat(fromListing).isEqualTo(fromExport);
    }

    @Test
    void theTableShowsSizesAndTheFilterKeepsTheLargerClusters() {
        String all = Cli.run("clusters", "--store", store).out();
        String larger = Cli.run("clusters", "--store", store, "--min-size", "2").out();

        assertThat(all.lines().findFirst().orElseThrow()).startsWith("id").contains("size", "published", "title");
        assertThat(all.lines().count()).isEqualTo(1 + export.get("clusters").size());
        assertThat(larger.lines().skip(1)).allMatch(line -> !line.matches("c\\d+\\s+1\\s.*"));
    }

    @Test
    void whySaysWhatOpenedAClusterAndWhatTheModelWeighedForEachArticleThatJoined() {
        JsonNode biggest = null;
        for (JsonNode c : readClusters()) {
            if (biggest == null || c.get("members").size() > biggest.get("members").size()) {
                biggest = c;
            }
        }
        String id = biggest.get("id").asText();

        Cli why = Cli.run("cluster", id, "--why", "--store", store);

        assertThat(why.exitCode()).as(why.err()).isZero();
        assertThat(why.out()).startsWith(id + ": " + biggest.get("members").size() + " article")
                .contains("opened the cluster");
        if (biggest.get("members").size() > 1) {
            assertThat(why.out()).contains("joined (score ", ": p ", "intercept");
        }
        assertThat(Cli.run("cluster", id, "--store", store).out()).doesNotContain("opened the cluster");
    }

    @Test
    void anUnknownClusterIsNamedAsNotFound() {
        Cli unknown = Cli.run("cluster", "c999", "--store", store);

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no cluster c999 in store", "'clusters' lists them");
    }

    private static JsonNode readClusters() {
        try {
            return JSON.readTree(Cli.run("clusters", "--store", store, "--json").out());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
