package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EventMerge;

/**
 * The OpenAPI document against the real server over a store of the examples: the routes the
 * server registers are the documented ones, and every documented path answers each status it
 * documents with the documented content type and a body that fits the documented schema.
 */
class OpenApiIT {

    /** For each documented parameter whose example is a name: a value naming something of the example store. */
    private static final Map<String, String> ON_THE_EXAMPLES = Map.of(
            "/api/v1/events entity", "stoltenberg",
            "/api/v1/events place", "kyiv",
            "/api/v1/events outlet", "The Odessa Journal",
            "/api/v1/timeline entity", "stoltenberg",
            "/api/v1/entities name", "zelensk",
            "/api/v1/articles outlet", "The Eastern Herald",
            "/api/v1/quotes speaker", "stoltenberg",
            "/api/v1/search outlet", "The Eastern Herald");

    private static ApiServer server;
    private static JsonNode document;
    private static SchemaCheck schemas;

    @BeforeAll
    static void serveTheExamples() {
        server = ExampleStore.serve(ExampleStore.dir());
        Http answer = Http.get(server.url() + "/openapi.json");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        document = answer.json();
        schemas = new SchemaCheck(document);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theServerRegistersExactlyTheDocumentedRoutes() {
        Set<String> registered = new TreeSet<>(server.routes().stream()
                .filter(r -> r.matches("(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) .*")).toList());
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + p.getKey())));

        assertThat(registered).isNotEmpty().isEqualTo(documented);
    }

    @Test
    void everyDocumentedPathAnswersAsDocumented() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            String url = concrete(path.getKey());
            Http ok = Http.get(url);
            requests++;
            expect(failures, path.getKey(), get, "200", ok);
            expect(failures, path.getKey() + " (If-None-Match)", get, "304", Http.get(url, "If-None-Match", ok.etag()));
            for (JsonNode p : get.path("parameters")) {
                JsonNode parameter = schemas.resolve(p);
                if (parameter.get("in").asText().equals("query") && parameter.has("example")) {
                    String asked = url + "?" + parameter.get("name").asText() + "="
                            + URLEncoder.encode(parameter.get("example").asText(), StandardCharsets.UTF_8);
                    Http answer = Http.get(asked);
                    requests++;
                    expect(failures, asked, get, "200", answer);
                    // the document's examples name nothing of the bundled articles (no name from them
                    // belongs in main code): a value that does name something there must find it
                    String probe = url + "?" + parameter.get("name").asText() + "=" + URLEncoder.encode(
                            ON_THE_EXAMPLES.getOrDefault(path.getKey() + " " + parameter.get("name").asText(),
                                    parameter.get("example").asText()), StandardCharsets.UTF_8);
                    Http found = Http.get(probe);
                    requests++;
                    expect(failures, probe, get, "200", found);
                    if (found.status() == 200 && found.json().path("items").isEmpty()) {
                        failures.add(probe + ": finds nothing on the example store");
                    }
                }
            }
            if (get.path("responses").has("400")) {
                Http bad = Http.get(url + "?bogus=1");
                expect(failures, path.getKey() + "?bogus=1", get, "400", bad);
                if (!bad.json().path("parameter").asText().equals("bogus")) {
                    failures.add(path.getKey() + "?bogus=1: the problem does not name the parameter: " + bad);
                }
            }
            if (get.path("responses").has("404")) {
                String absent = url.replaceAll("/([a-z])[0-9.]+$", "/$1999999");
                expect(failures, absent, get, "404", Http.get(absent));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThan(document.get("paths").size());
    }

    /**
     * Over a store in which a recluster retired event ids (ExampleStore.reclustered), every path
     * that documents a redirect answers a retired id with it: no body, a Location the documented
     * header's schema fits, which answers 200.
     */
    @Test
    void aRetiredIdAnswersTheDocumentedRedirect() {
        EventMerge retired = ExampleStore.retiredEvents().get(0);
        List<String> failures = new ArrayList<>();
        int redirects = 0;
        try (ApiServer moved = ExampleStore.serve(ExampleStore.reclustered())) {
            String base = "http://127.0.0.1:" + moved.port();
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                JsonNode get = path.getValue().get("get");
                if (!get.path("responses").has("308")) {
                    continue;
                }
                redirects++;
                assertThat(path.getKey()).as("only events retire ids").isEqualTo("/api/v1/events/{id}");
                Http answer = Http.get(base + path.getKey().replace("{id}", retired.merged().exportId()));
                expect(failures, path.getKey() + " of a retired id", get, "308", answer);
                String location = answer.response().headers().firstValue("Location").orElse("");
                JsonNode header = schemas.resolve(get.path("responses").path("308")).path("headers").path("Location");
                schemas.check(TextNode.valueOf(location), header.get("schema")).forEach(e -> failures.add("Location: " + e));
                expect(failures, location, get, "200", Http.get(base + location));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(redirects).isPositive();
    }

    /** Checks the answer against the documented response of this status: its content type and schema. */
    private static void expect(List<String> failures, String what, JsonNode operation, String status, Http answer) {
        JsonNode documented = operation.path("responses").path(status);
        if (documented.isMissingNode()) {
            failures.add(what + ": status " + status + " is not documented");
            return;
        }
        if (!String.valueOf(answer.status()).equals(status)) {
            failures.add(what + ": expected " + status + ", got " + answer);
            return;
        }
        JsonNode content = schemas.resolve(documented).path("content");
        if (content.isMissingNode()) {
            if (!answer.body().isEmpty()) {
                failures.add(what + ": a " + status + " documented without content has a body");
            }
            return;
        }
        JsonNode media = content.path(answer.mediaType());
        if (media.isMissingNode()) {
            failures.add(what + ": content type " + answer.contentType() + " is not the documented " + content.fieldNames().next());
            return;
        }
        schemas.check(answer.json(), media.get("schema")).forEach(e -> failures.add(what + ": " + e));
    }

    /** The URL of a documented path, its {id} the first id of the listing above it. */
    private static String concrete(String path) {
        String base = "http://127.0.0.1:" + server.port();
        if (!path.endsWith("/{id}")) {
            return base + path;
        }
        String listing = path.substring(0, path.length() - "/{id}".length());
        JsonNode items = Http.get(base + listing).json().path("items");
        assertThat(items).as(listing + " lists something to ask for").isNotEmpty();
        return base + listing + "/" + items.get(0).get("id").asText();
    }
}
