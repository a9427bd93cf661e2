package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.testkit.Seeds;

/**
 * The serve bench at a tiny size (real models, real store, real server, the analyze beside in a
 * child JVM): its report names each route with its requests and percentiles, and every request
 * was answered. Its times are the bench's to measure, not this test's.
 */
class ServeBenchIT {

    @Test
    void servesATinyStoreWhileAnalyzeAddsAndAnswersEveryRequest() {
        Cli run = Cli.run("bench", Seeds.folder(), "--only", "serve", "--serve-size", "300", "--clients", "2",
                "--seconds", "3");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("serve: 300 articles \\(copies of \\d+ analysed articles, stored in \\d+ s, "
                + "search index made in \\d+ s\\); 2 clients for \\d+ s");
        for (String route : List.of("search      GET /api/v1/search\\?q=WORD", "event page  GET /events/ID",
                "event API   GET /api/v1/events/ID")) {
            assertThat(lines).as(route).anyMatch(l -> l.matches("serve: " + route + " +[\\d,]+ requests  0 failed  "
                    + "p50 [\\d.]+ ms  p95 [\\d.]+ ms  p99 [\\d.]+ ms  max [\\d.]+ ms  0 not found  \\d+ redirected"));
        }
        assertThat(lines).anyMatch(l -> l.matches("serve: the analyze beside added \\d+ articles in \\d+ s .*; the server "
                + "showed the last in its event v\\d+ [\\d.]+ s after analyze ended"));
        assertThat(lines).anyMatch(l -> l.matches("serve: every request answered: yes \\([\\d,]+ requests, 0 failed\\)"));
        assertThat(lines).anyMatch(l -> l.matches("serve: bookmarked event ids: [\\d,]+ answered through a redirect to "
                + "the event that took their reports, 0 not found"));
        assertThat(lines).anyMatch(l -> l.startsWith("serve: search p95 under 100 ms: "));
    }
}
