package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/articles on the real server with an ingest token, over a copy of the example store:
 * the real models analyse what is sent in the background, and it shows in search, in its event's
 * reports and on the event's page.
 */
class IngestIT {

    private static final String TOKEN = "a-token-for-tests-only-42";
    private static final String ARTICLE = "{\"title\": \"Ferry service resumes in Odesa\", \"outlet\": \"Harbour Gazette\","
            + " \"published\": \"2024-06-03\", \"text\": \"ODESA, June 3 - The mayor of Odesa, Gennadiy Trukhanov, met "
            + "the governor of Istanbul, Davut Gul, in Odesa on Monday to reopen the ferry service between the two ports. "
            + "The ferry service between Odesa and Istanbul resumed on Monday, the port authority said. "
            + "Captain Olena Marchenko said the crossing took eleven hours.\"}";
    private static Path store;
    private static ApiServer server;

    @BeforeAll
    static void serveACopyOfTheExamples() {
        store = ExampleStore.copy(ExampleStore.dir());
        server = ApiServer.start(ExampleStore.NEWSGRAPH, store,
                ServerConfig.defaults().withAddress("127.0.0.1", 0).withIngestToken(TOKEN), line -> { });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Http post(String body, String... headers) {
        return Http.send(HttpRequest.newBuilder(URI.create(server.url() + "/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    @Test
    void anArticleSentInIsAnalysedFoundBySearchAndShownOnItsEventsPage() throws IOException, InterruptedException {
        String hugeTitle = "{\"title\": \"" + "Huge ".repeat(2 * 1024 * 1024) + "\", \"text\": \"Talks resumed in Ankara.\"}";
        Http taken = post(ARTICLE + "\n" + hugeTitle + "\n{\"title\": \"no text\"}\nnot json\n",
                "Authorization", "Bearer " + TOKEN);

        assertThat(taken.status()).as(taken.toString()).isEqualTo(202);
        assertThat(taken.json().get("accepted").asInt()).isEqualTo(1);
        List<String> rejected = new ArrayList<>();
        taken.json().get("rejected").forEach(r -> rejected.add(r.get("line").asText()));
        assertThat(rejected).containsExactly("line 2", "line 3", "line 4");
        assertThat(taken.json().at("/rejected/0/reason").asText()).as("the limit, named")
                .contains("10,485,760 characters", "at most 1,000");
        assertThat(store.resolve("incoming")).isDirectory();

        JsonNode hit = awaitHit("q=ferry+Istanbul&kind=article", Duration.ofMinutes(4));
        assertThat(hit.get("title").asText()).isEqualTo("Ferry service resumes in Odesa");
        assertThat(hit.get("outlet").asText()).isEqualTo("Harbour Gazette");
        assertThat(hit.get("date").asText()).isEqualTo("2024-06-03");
        String id = hit.get("id").asText();
        JsonNode article = awaitOk(server.url() + "/articles/" + id, Duration.ofSeconds(10)).json();
        assertThat(article.at("/article/text").asText()).contains("eleven hours");
        assertThat(article.get("events")).as("the events it reports").isNotEmpty();

        String event = article.at("/events/0/id").asText();
        JsonNode reports = Http.get(server.url() + "/events/" + event).json().get("reports");
        assertThat(reports).anySatisfy(r -> {
            assertThat(r.get("article").asText()).isEqualTo(id);
            assertThat(r.get("outlet").asText()).isEqualTo("Harbour Gazette");
            assertThat(r.get("evidence")).as("the sentences that tell the event").isNotEmpty();
        });
        Http page = Http.get(server.pagesUrl() + "events/" + event);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Harbour Gazette", "Ferry service resumes in Odesa", "href=\"/articles/" + id + "\"");
        assertThat(Http.get(server.pagesUrl() + "articles/" + id).body()).contains("eleven hours");

        String refused = refusedInput();
        assertThat(refused).as("the huge title is recorded as a rejected input").isNotNull();
        assertThat(Http.get(server.url() + "/articles/" + refused).json().at("/article/error").asText())
                .contains("10,485,760 characters", "at most 1,000");
        assertThat(Http.get(server.pagesUrl() + "articles/" + refused).body()).as("its page says why")
                .contains("Not read as an article", "at most 1,000");
        String batch = taken.json().get("batch").asText();
        try (Stream<Path> left = Files.list(store.resolve("incoming"))) {
            assertThat(left.filter(f -> f.getFileName().toString().startsWith(batch)).toList())
                    .as("the batch and its refused lines are gone once analysed").isEmpty();
        }
    }

    @Test
    void aPrettyPrintedObjectIsOneArticle() {
        Http taken = post("{\n  \"title\": \"Grain talks\",\n  \"text\": \"Grain talks resumed in Ankara.\"\n}",
                "Authorization", "Bearer " + TOKEN);

        assertThat(taken.status()).as(taken.toString()).isEqualTo(202);
        assertThat(taken.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(taken.json().get("rejected")).isEmpty();
    }

    @Test
    void withoutTheTokenNothingIsTaken() {
        for (String[] headers : List.of(new String[0], new String[] {"Authorization", "Bearer wrong-token-wrong-token"},
                new String[] {"Authorization", "Basic " + TOKEN})) {
            Http refused = post(ARTICLE, headers);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
            assertThat(refused.response().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        }
    }

    @Test
    void aBodyWithNoArticleIsABadRequestSayingWhy() {
        Http none = post("{\"title\": \"no text at all\"}", "Authorization", "Bearer " + TOKEN);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("parameter").asText()).isEqualTo("body");
        assertThat(none.json().get("detail").asText()).startsWith("body: no article accepted: line 1: ");

        Http empty = post("  ", "Authorization", "Bearer " + TOKEN);
        assertThat(empty.status()).isEqualTo(400);
    }

    /** The id of the rejected input whose title was too long, null when the store has none. */
    private static String refusedInput() {
        for (JsonNode a : Http.get(server.url() + "/articles?status=rejected&limit=100").json().get("items")) {
            String id = a.get("id").asText();
            if (Http.get(server.url() + "/articles/" + id).json().at("/article/error").asText().startsWith("title of ")) {
                return id;
            }
        }
        return null;
    }

    /** The answer of a path once it is a 200: what the background analysis stored shows within seconds. */
    private static Http awaitOk(String url, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        Http answer = Http.get(url);
        while (answer.status() != 200 && System.nanoTime() < end) {
            Thread.sleep(200);
            answer = Http.get(url);
        }
        assertThat(answer.status()).as(url + " within " + within).isEqualTo(200);
        return answer;
    }

    /** The first hit of a search, once the background analysis has made one. */
    private static JsonNode awaitHit(String query, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            Http answer = Http.get(server.url() + "/search?" + query);
            if (answer.status() == 200 && !answer.json().get("items").isEmpty()) {
                return answer.json().get("items").get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("nothing found for " + query + " within " + within);
    }
}
