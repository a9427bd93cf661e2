package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.search.SearchIndex;

/**
 * GET /api/v1/search on the real server over a store of the examples, analysed by the real models,
 * with its real Lucene index: the example articles write both Kyiv (001, 002) and Kiev (003, 004).
 */
class SearchIT {

    private static ApiServer server;

    @BeforeAll
    static void serveTheExamples() {
        server = ExampleStore.serve(ExampleStore.dir());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode search(String query) {
        Http answer = Http.get(server.url() + "/search?" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static JsonNode hit(JsonNode page, String id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no hit " + id + " in " + page);
    }

    private static List<String> marked(JsonNode hit) {
        String text = hit.at("/snippet/text").asText();
        List<String> marked = new ArrayList<>();
        hit.at("/snippet/marks").forEach(m -> marked.add(text.substring(m.get("start").asInt(), m.get("end").asInt())));
        return marked;
    }

    /** The article ids of the example files that write a word, read from the store's own export. */
    private static List<String> articlesWriting(String word) {
        List<String> ids = new ArrayList<>();
        Http.get(server.url() + "/articles?limit=100").json().get("items").forEach(a -> {
            JsonNode article = Http.get(server.url() + "/articles/" + a.get("id").asText()).json();
            if (article.at("/article/text").asText().contains(word)) {
                ids.add(a.get("id").asText());
            }
        });
        return ids;
    }

    @Test
    void kyivFindsTheArticlesThatWriteKievAndMarksKiev() {
        List<String> kiev = articlesWriting("Kiev");
        assertThat(kiev).as("the examples write Kiev").hasSizeGreaterThanOrEqualTo(2);
        assertThat(articlesWriting("Kyiv")).doesNotContainAnyElementsOf(kiev);

        JsonNode page = search(q("Kyiv") + "&kind=article");

        assertThat(ids(page)).containsAll(kiev).containsAll(articlesWriting("Kyiv"));
        for (String id : kiev) {
            assertThat(marked(hit(page, id))).isNotEmpty().allMatch(m -> m.equals("Kiev"));
        }
        assertThat(page.get("index").asText()).isEqualTo("current");
    }

    @Test
    void kievFindsTheArticlesThatWriteKyiv() {
        JsonNode page = search(q("Kiev") + "&kind=article");

        List<String> kyiv = articlesWriting("Kyiv");
        assertThat(kyiv).isNotEmpty();
        assertThat(ids(page)).containsAll(kyiv);
        assertThat(marked(hit(page, kyiv.get(0)))).contains("Kyiv");
    }

    @Test
    void hitsHaveTheirKindTitleOutletAndDateAndTheFacetsCountThem() {
        JsonNode page = search(q("Stoltenberg") + "&limit=100");

        int articles = 0;
        for (JsonNode item : page.get("items")) {
            assertThat(item.get("kind").asText()).isIn("article", "quote", "claim", "entity", "event");
            articles += item.get("kind").asText().equals("article") ? 1 : 0;
        }
        assertThat(page.get("total").asInt()).isEqualTo(page.get("items").size());
        JsonNode kinds = page.at("/facets/kind");
        int counted = 0;
        for (JsonNode k : kinds) {
            counted += k.get("count").asInt();
            if (k.get("value").asText().equals("article")) {
                assertThat(k.get("count").asInt()).isEqualTo(articles);
            }
        }
        assertThat(counted).isEqualTo(page.get("total").asInt());
        JsonNode herald = hit(search(q("Stoltenberg") + "&outlet=the+eastern+herald&kind=article"), articlesWriting("Kiev").get(0));
        assertThat(herald.get("outlet").asText()).isEqualTo("The Eastern Herald");
        assertThat(herald.get("date").asText()).isEqualTo("2023-04-20");
    }

    @Test
    void anEntityFacetNamesItsEntityAndFiltersByIt() {
        JsonNode entities = search(q("Kyiv")).at("/facets/entity");
        JsonNode kyiv = null;
        for (JsonNode e : entities) {
            if (e.get("label").asText().equals("Kyiv")) {
                kyiv = e;
            }
        }
        assertThat(kyiv).as("the entity facet has Kyiv: " + entities).isNotNull();

        JsonNode filtered = search(q("Stoltenberg") + "&entity=" + kyiv.get("value").asText() + "&limit=100");
        assertThat(filtered.get("total").asInt()).isPositive()
                .isLessThan(search(q("Stoltenberg")).get("total").asInt());
    }

    @Test
    void pagesWithTheCursorOfItsFilters() {
        JsonNode first = search(q("Stoltenberg") + "&limit=2");
        JsonNode second = search(q("Stoltenberg") + "&limit=2&cursor=" + first.get("next").asText());

        assertThat(ids(first)).hasSize(2).doesNotContainAnyElementsOf(ids(second));
        Http other = Http.get(server.url() + "/search?" + q("Zelensky") + "&limit=2&cursor=" + first.get("next").asText());
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("parameter").asText()).isEqualTo("cursor");
    }

    @Test
    void aBadQueryIsABadParameterNamedQ() {
        for (String bad : List.of("\"Kyiv", "*yiv", "secret:kyiv", "((kyiv")) {
            Http answer = Http.get(server.url() + "/search?" + q(bad));
            assertThat(answer.status()).as(bad + ": " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith(Problem.CONTENT_TYPE);
            assertThat(answer.json().get("parameter").asText()).isEqualTo("q");
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("lucene");
        }
        Http kind = Http.get(server.url() + "/search?q=kyiv&kind=article,poem");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("parameter").asText()).isEqualTo("kind");
    }

    @Test
    void aStoreWithoutAnIndexIsUnavailableWithHowToMakeIt() {
        Path copy = ExampleStore.copy(ExampleStore.dir(), "search");
        try (ApiServer bare = ExampleStore.serve(copy)) {
            Http answer = Http.get(bare.url() + "/search?q=kyiv");
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith(Problem.CONTENT_TYPE);
            assertThat(answer.json().get("detail").asText()).contains("newsgraph reindex");
        }
    }

    @Test
    void anIndexOfAnotherStoreStateIsSaidToBeBehind() {
        Path copy = ExampleStore.copy(ExampleStore.dir(), "search");
        try (SearchIndex index = ExampleStore.NEWSGRAPH.openSearchIndex(copy)) {
            index.replace(List.of(), "a state from before a stopped run", done -> { });
        }
        try (ApiServer stale = ExampleStore.serve(copy)) {
            Http answer = Http.get(stale.url() + "/search?q=kyiv");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("index").asText()).isEqualTo("behind");
        }
    }
}
