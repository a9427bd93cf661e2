package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests against the real server over the example store: every documented parameter of
 * every documented path, and every id, given values a client should not send. Each gets a 400
 * problem (or, for a harmless oddity in free text, an answer); none a 5xx, a stack trace or an
 * internal message. Jetty's own refusals are problems too.
 */
class HostileInputIT {

    /** Values that are never a parameter: each must be refused with a 400 naming the parameter. */
    private static final Map<String, String> REFUSED = Map.of(
            "very long", "x".repeat(5_000),
            "NUL", "a\u0000b",
            "escape", "\u001b[31m",
            "right-to-left override", "\u202Eevil",
            "zero-width joiner", "Zel\u200Densky",
            "byte-order mark", "\uFEFFnato",
            "newline", "kyiv\r\nSet-Cookie: x=1");
    /** Values that are odd but text: a name to match may hold them; the answer is 200 or 400, never more. */
    private static final List<String> ODD = List.of("' OR 1=1 --", "1; DROP TABLE articles;--", "\" OR \"\"=\"",
            "../../etc/passwd", "<script>alert(1)</script>", "javascript:alert(1)", "%", "%%", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂", "日本語",
            "-1", "99999999999999999999", "0", "1e9", "null", "[]", "{}", "*", " ", "");

    private static ApiServer server;
    private static JsonNode document;

    @BeforeAll
    static void serveTheExamples() {
        server = ExampleStore.serve(ExampleStore.dir());
        document = Http.get(server.url() + "/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyParameterRefusesControlsAndOverlongValuesWithAProblemNamingIt() {
        List<String> failures = new ArrayList<>();
        forEachParameter((path, name) -> REFUSED.forEach((what, value) -> {
            Http answer = Http.get(url(path, name, value));
            // a control character in a path is refused by Jetty itself, before any parameter is read
            String named = answer.json().path("parameter").asText(name);
            if (answer.status() != 400 || !name.equals(named)) {
                failures.add(path + " " + name + " " + what + ": " + answer);
            }
            failures.addAll(leaks(answer));
        }));
        assertThat(failures).isEmpty();
    }

    @Test
    void oddTextInAnyParameterIsAnsweredOrRefusedNeverAServerError() {
        List<String> failures = new ArrayList<>();
        forEachParameter((path, name) -> ODD.forEach(value -> {
            Http answer = Http.get(url(path, name, value));
            if (answer.status() != 200 && answer.status() != 400 && answer.status() != 404) {
                failures.add(path + " " + name + "=" + value + ": " + answer);
            }
            if (answer.status() != 200 && !answer.mediaType().equals(Problem.CONTENT_TYPE)) {
                failures.add(path + " " + name + "=" + value + ": not a problem: " + answer);
            }
            failures.addAll(leaks(answer));
        }));
        assertThat(failures).isEmpty();
    }

    @Test
    void aBrokenPercentEncodingIsRefusedNotDroppedSilently() {
        for (String query : List.of("type=%zz", "type=visit%", "%zz=1", "entity=%C3%28")) {
            Http answer = Http.raw(server.port(), "/api/v1/events?" + query);

            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().get("parameter").asText()).as(query).isIn("query", "entity");
        }
    }

    @Test
    void requestsOverTheSizeLimitAreProblemsWithoutJettysMessages() {
        Http longUri = Http.get(server.url() + "/events?entity=" + "k".repeat(40_000));
        Http bigHeader = Http.get(server.url() + "/events", "X-Filler", "h".repeat(40_000));

        for (Http answer : List.of(longUri, bigHeader)) {
            assertThat(answer.status()).as(answer.toString()).isIn(400, 413, 414, 431);
            assertThat(answer.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
            assertThat(leaks(answer)).isEmpty();
        }
    }

    @Test
    void requestsJettyCannotParseAreProblemsToo() {
        for (String request : List.of("GARBAGE\r\n\r\n", "GET /api/v1 HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n",
                "GET /api/v1/events/a%00b HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/v1 HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n")) {
            Http answer = Http.rawRequest(server.port(), request);

            assertThat(answer.status()).as(request).isEqualTo(400);
            assertThat(answer.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
            assertThat(leaks(answer)).isEmpty();
        }
    }

    @Test
    void onAWebPagesPathEveryRefusalIsAnEscapedErrorPageOnTheApisAProblem() {
        String base = "http://127.0.0.1:" + server.port();
        List<Http> pages = new ArrayList<>(List.of(
                Http.get(base + "/search?q=" + "k".repeat(40_000)),
                Http.get(base + "/events", "X-Filler", "h".repeat(40_000)),
                Http.send(HttpRequest.newBuilder(URI.create(base + "/")).DELETE()),
                Http.send(HttpRequest.newBuilder(URI.create(base + "/search"))
                        .POST(HttpRequest.BodyPublishers.ofString("q=<script>alert(1)</script>")))));
        for (String request : List.of("GET /<script>alert(1)</script> HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "BREW /events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /search?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "POST /timeline HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\nConnection: close\r\n\r\nx")) {
            pages.add(Http.rawRequest(server.port(), request));
        }
        for (Http page : pages) {
            assertThat(page.status()).as(page.toString()).isBetween(400, 499);
            assertThat(page.mediaType()).as(page.toString()).isEqualTo("text/html");
            assertThat(page.body()).as(page.toString()).contains("<h1>").doesNotContain("<script>");
            assertThat(leaks(page)).isEmpty();
        }
        assertThat(pages.get(0).status()).isEqualTo(414);
        assertThat(pages.get(1).status()).isEqualTo(431);
        assertThat(pages.get(6).status()).as("a broken escape is refused, not dropped").isEqualTo(400);
        assertThat(pages.get(6).body()).contains("not followed by two hex digits");
        assertThat(pages.get(0).response().headers().firstValue("Content-Security-Policy")).as("the pages' policy")
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "object-src 'none'"));

        Http api = Http.get(base + "/api/v1/search?q=" + "k".repeat(40_000));
        assertThat(api.status()).isEqualTo(414);
        assertThat(api.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
        Http unread = Http.rawRequest(server.port(), "GET /events/a%00b HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(unread.status()).as("a path Jetty cannot read is no page's").isEqualTo(400);
        assertThat(unread.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
    }

    @Test
    void theApiOnlyReadsOtherMethodsAre405Problems() {
        Http post = Http.send(HttpRequest.newBuilder(URI.create(server.url() + "/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Minister resigns\"}")));
        assertThat(post.status()).as("a server without an ingest token: " + post).isEqualTo(403);
        assertThat(post.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
        assertThat(post.json().get("detail").asText()).contains("--ingest-token");
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            Http answer = Http.send(HttpRequest.newBuilder(URI.create(server.url() + "/articles"))
                    .method(method, HttpRequest.BodyPublishers.ofString("{\"text\": \"Minister resigns\"}")));
            assertThat(answer.status()).as(method + " " + answer).isEqualTo(405);
            assertThat(answer.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
        }
    }

    @Test
    void everyAnswerTellsTheBrowserItIsDataNotAPage() {
        for (String path : List.of("", "/events", "/articles/a1", "/nothing", "/events?bogus=%3Cscript%3E")) {
            Http answer = Http.get(server.url() + path);
            assertThat(answer.response().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.response().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("default-src 'none'"));
            assertThat(answer.mediaType()).isIn("application/json", Problem.CONTENT_TYPE);
        }
        Http raw = Http.raw(server.port(), "/api/v1/events?type=<script>alert(1)</script>");
        assertThat(raw.status()).isEqualTo(400);
        assertThat(raw.mediaType()).isEqualTo(Problem.CONTENT_TYPE);
    }

    /** What an answer must never hold: a stack trace, an exception's name, the server's insides. */
    private static List<String> leaks(Http answer) {
        List<String> found = new ArrayList<>();
        for (String leak : List.of("Exception", "\tat ", "org.newsgraph", "org.eclipse", "io.javalin", "Jetty", "SQL",
                ExampleStore.dir().toString())) {
            if (answer.body().contains(leak)) {
                found.add("leaks " + leak + ": " + answer);
            }
        }
        if (answer.status() >= 500) {
            found.add("server error: " + answer);
        }
        return found;
    }

    private void forEachParameter(java.util.function.BiConsumer<String, String> check) {
        document.get("paths").fields().forEachRemaining(p -> {
            String path = p.getKey();
            for (JsonNode parameter : p.getValue().get("get").path("parameters")) {
                JsonNode resolved = parameter.has("$ref") ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
                check.accept(path, resolved.get("name").asText());
            }
        });
    }

    private static String url(String path, String name, String value) {
        String base = "http://127.0.0.1:" + server.port();
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        if (name.equals("id")) {
            return base + path.replace("{id}", encoded);
        }
        return base + path + "?" + name + "=" + encoded;
    }
}
