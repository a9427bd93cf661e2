package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.analyze.Outcome;

/**
 * The server over a store an analyze writes while it serves (real models, real store, real
 * server): it shows what the analyze adds within seconds, returns hostile article text as a JSON
 * string and nothing else, and answers 503 where there is no store, without saying more.
 */
class LiveStoreIT {

    private static final String HOSTILE_TITLE = "<script>alert('title')</script> \u202Eevil\u202C Minister resigns";
    private static final String HOSTILE_BODY = "Anna Berg, the minister of transport, resigned in Oslo on Monday. "
            + "<img src=x onerror=alert(1)> She said \"<a href=\\\"javascript:alert(2)\\\">click</a>\" was not her link.\n"
            + "The government of Norway said a successor would be named this week.";

    @Test
    void showsWhatAnAnalyzeAddsBesideItAndTheTextAsAJsonString() throws IOException, InterruptedException {
        Path store = ExampleStore.temporary("newsgraph-http-live");
        Path inputs = ExampleStore.temporary("newsgraph-http-inputs");
        Path first = Files.writeString(inputs.resolve("hostile.txt"), HOSTILE_TITLE + "\n\n" + HOSTILE_BODY);
        assertThat(ExampleStore.analyze(store, List.of(first)).count(Outcome.OK)).isEqualTo(1);

        try (ApiServer server = ExampleStore.serve(store)) {
            JsonNode before = Http.get(server.url() + "/articles").json();
            assertThat(before.get("total").asInt()).isEqualTo(1);
            Http article = Http.get(server.url() + "/articles/a1");
            assertThat(article.mediaType()).isEqualTo("application/json");
            assertThat(article.response().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            JsonNode stored = article.json().get("article");
            assertThat(stored.get("title").asText()).isEqualTo(HOSTILE_TITLE);
            assertThat(stored.get("text").asText()).contains("<img src=x onerror=alert(1)>", "javascript:alert(2)");

            Path second = Files.writeString(inputs.resolve("second.txt"),
                    "Oslo bridge opens\n\nThe mayor of Oslo, Marit Lund, opened the new bridge on Tuesday.");
            assertThat(ExampleStore.analyze(store, List.of(second)).count(Outcome.OK)).isEqualTo(1);

            assertThat(totalWithin(server, 2, 10_000)).as("the second article shows within 10 s").isEqualTo(2);
            Http stale = Http.get(server.url() + "/articles", "If-None-Match", Http.get(server.url() + "/articles?limit=1").etag());
            assertThat(stale.status()).isEqualTo(200);
        }
    }

    @Test
    void withoutAStoreEveryDataPathIs503AndSaysNoMore() {
        Path empty = ExampleStore.temporary("newsgraph-http-none");
        try (ApiServer server = ExampleStore.serve(empty)) {
            for (String path : List.of("/events", "/entities/e1", "/timeline", "/articles")) {
                Http answer = Http.get(server.url() + path);

                assertThat(answer.status()).as(path).isEqualTo(503);
                assertThat(answer.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
                assertThat(answer.body()).doesNotContain(empty.toString(), "Exception", "\tat ");
            }
            assertThat(Http.get(server.url() + "/openapi.json").status()).isEqualTo(200);
            assertThat(Files.exists(empty.resolve("newsgraph.db"))).as("the server made no store").isFalse();
        }
    }

    private static int totalWithin(ApiServer server, int wanted, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        int total = -1;
        while (System.currentTimeMillis() < deadline) {
            total = Http.get(server.url() + "/articles").json().get("total").asInt();
            if (total == wanted) {
                return total;
            }
            Thread.sleep(200);
        }
        return total;
    }
}
