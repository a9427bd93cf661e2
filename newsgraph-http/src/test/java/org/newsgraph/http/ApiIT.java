package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.clusters.ClusterCatalog;
import org.newsgraph.app.clusters.ListedCluster;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.events.Timeline;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportReader;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.store.ArticleStore;

/**
 * The API against the app's read use cases over the same store of the examples (real models, real
 * store, real server): every listing, filter and record answers what the commands answer.
 */
class ApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiServer server;
    private static ExportDocument export;
    private static ArticleStore reader;
    private static EventCatalog catalog;
    private static ClusterCatalog clusters;
    private static Set<String> stoltenberg;
    private static Set<String> kyiv;

    @BeforeAll
    static void serveTheExamples() {
        server = ExampleStore.serve(ExampleStore.dir());
        // open while the tests run: the events command's catalog reads the store as it is asked
        reader = ExampleStore.NEWSGRAPH.openStoreReadOnly(ExampleStore.dir());
        export = new ExportReader().whole(reader);
        catalog = EventCatalog.of(reader);
        clusters = ClusterCatalog.of(reader);
        stoltenberg = EntityQuery.idsNamed(reader.corpusEntities(), "stoltenberg");
        kyiv = EntityQuery.idsNamed(reader.corpusEntities(), "kyiv");
        assertThat(export.events()).as("the examples give events").hasSizeGreaterThan(5);
    }

    @AfterAll
    static void stop() {
        server.close();
        reader.close();
    }

    @Test
    void pagesOfEventsGiveEveryEventOnceInExportOrder() {
        List<String> paged = ids(all("/events?limit=7"));

        assertThat(paged).isEqualTo(export.events().stream().map(ExportDocument.Event::id).toList());
        JsonNode last = get("/events?limit=100").json();
        assertThat(last.get("total").asInt()).isEqualTo(export.events().size());
        assertThat(last.get("next").isNull()).isTrue();
    }

    @Test
    void eventFiltersPickWhatTheEventsCommandPicks() {
        assertThat(ids(all("/events?type=MEETING"))).isEqualTo(picked(new EventQuery("meeting", null, null, null, false)))
                .isNotEmpty();
        assertThat(ids(all("/events?entity=stoltenberg")))
                .isEqualTo(picked(new EventQuery(null, stoltenberg, null, null, false))).isNotEmpty();
        DatePeriod from = DatePeriod.of("2023-04").orElseThrow();
        DatePeriod to = DatePeriod.of("2023").orElseThrow();
        assertThat(ids(all("/events?from=2023-04&to=2023")))
                .isEqualTo(picked(new EventQuery(null, null, from, to, false))).isNotEmpty();
        assertThat(ids(all("/events?kind=main"))).isEqualTo(picked(new EventQuery(null, null, null, null, true)));
        assertThat(ids(all("/events?place=kyiv"))).isNotEmpty().isEqualTo(export.events().stream()
                .filter(e -> kyiv.contains(e.location())).map(ExportDocument.Event::id).toList());
        assertThat(ids(all("/events?outlet=" + enc("the odessa journal")))).isNotEmpty()
                .isEqualTo(export.events().stream().filter(e -> e.articles().stream().anyMatch(this::fromOdessa))
                        .map(ExportDocument.Event::id).toList());
    }

    @Test
    void anEventGivesEachReportWithTheSentencesThatTellItAndItsQuotes() {
        for (ExportDocument.Event e : export.events()) {
            JsonNode event = get("/events/" + e.id()).json();

            assertThat(texts(event.get("reports"), "article")).isEqualTo(e.articles());
            assertThat(event.get("title").asText()).isEqualTo(e.title());
            for (JsonNode report : event.get("reports")) {
                String text = article(report.get("article").asText()).text();
                for (JsonNode sentence : report.get("evidence")) {
                    assertThat(sentence.get("text").asText())
                            .isEqualTo(text.substring(sentence.get("start").asInt(), sentence.get("end").asInt()));
                }
            }
            assertThat(event.get("quotes").size()).isEqualTo(export.quotes().stream().filter(q -> e.id().equals(q.event())).count());
            event.get("claims").forEach(c -> assertThat(e.articles()).contains(c.get("article").asText()));
        }
    }

    @Test
    void theTimelineIsTheDatedEventsInDateOrderThenTheUndatedMainOnesWithWhy() {
        Timeline timeline = catalog.timeline(EventQuery.all());
        List<String> expected = new ArrayList<>(timeline.events().stream().map(e -> e.event().id()).toList());
        timeline.undatedMain().forEach(u -> expected.add(u.event().event().id()));

        List<JsonNode> shown = all("/timeline?limit=5");

        assertThat(ids(shown)).isEqualTo(expected);
        shown.stream().filter(e -> e.get("date").get("value").isNull())
                .forEach(e -> assertThat(e.get("date").get("note").asText()).isNotBlank());
    }

    @Test
    void theEntitiesAreListedMostTalkedOfFirstOfATypeOrEvery() {
        List<EntitySummary> every = reader.corpusEntities().summaries();
        List<Object> all = EntityQuery.all().select(every).stream().<Object>map(EntityRoutes.EntityListed::of).toList();
        List<Object> people = new EntityQuery(org.newsgraph.model.EntityType.PERSON, null).select(every).stream()
                .<Object>map(EntityRoutes.EntityListed::of).toList();

        assertThat(all("/entities?limit=7")).isEqualTo(shaped(all)).hasSizeGreaterThan(7);
        assertThat(all("/entities?type=person&limit=5")).isNotEmpty().hasSizeLessThan(all.size()).isEqualTo(shaped(people));
        assertThat(get("/entities?type=person&limit=5").json().get("total").asInt()).isEqualTo(people.size());
    }

    @Test
    void theTimelineReadByQueryIsTheWholeStoresTimeline() {
        org.newsgraph.http.read.Snapshot whole = org.newsgraph.http.read.Snapshot.read(reader);
        DatePeriod from = DatePeriod.of("2023-04").orElseThrow();
        DatePeriod to = DatePeriod.of("2023").orElseThrow();
        Map<String, EventQuery> queries = Map.of("", EventQuery.all(), "type=meeting&",
                new EventQuery("meeting", null, null, null, null, null, null), "from=2023-04&to=2023&",
                new EventQuery(null, null, null, null, null, from, to));
        queries.forEach((filter, query) -> {
            Timeline t = whole.events().timeline(query);
            List<Object> shown = new ArrayList<>();
            t.events().forEach(e -> shown.add(org.newsgraph.http.read.Views.EventSummary.of(e, whole)));
            t.undatedMain().forEach(u -> shown.add(org.newsgraph.http.read.Views.EventSummary.of(u.event(), u.explained(), whole)));
            assertThat(all("/timeline?" + filter + "limit=4")).as(filter).isNotEmpty().isEqualTo(shaped(shown));
        });
    }

    @Test
    void anEntityGivesItsNamesEventsAndTheQuotesItSaid() {
        ExportDocument.Entity speaker = export.entities().stream()
                .max(Comparator.comparingLong(e -> export.quotes().stream().filter(q -> e.id().equals(q.speaker())).count()))
                .orElseThrow();

        JsonNode entity = get("/entities/" + speaker.id()).json();

        assertThat(entity.get("name").asText()).isEqualTo(speaker.name());
        assertThat(texts(entity.get("aliases"), null)).isEqualTo(speaker.aliases());
        assertThat(texts(entity.get("quotes"), "speaker")).isNotEmpty().containsOnly(speaker.id())
                .hasSize((int) export.quotes().stream().filter(q -> speaker.id().equals(q.speaker())).count());
        assertThat(ids(entity.get("events"))).isEqualTo(export.events().stream()
                .filter(e -> speaker.id().equals(e.location()) || e.participants().contains(speaker.id()))
                .map(ExportDocument.Event::id).toList());
        assertThat(ids(all("/entities?name=" + enc(speaker.name()) + "&limit=1"))).contains(speaker.id())
                .isEqualTo(new EntityQuery(null, speaker.name()).select(reader.corpusEntities()).stream()
                        .map(EntitySummary::exportId).toList());
    }

    @Test
    void anArticleIsTheExportsArticleWithItsAnalysis() {
        for (ExportDocument.Article a : export.articles()) {
            JsonNode article = get("/articles/" + a.id()).json();

            assertThat(article.get("article")).isEqualTo(JSON.valueToTree(a));
            assertThat(article.get("claims").size()).isEqualTo(export.claims().stream().filter(c -> c.article().equals(a.id())).count());
            assertThat(ids(article.get("events"))).isEqualTo(export.events().stream().filter(e -> e.articles().contains(a.id()))
                    .map(ExportDocument.Event::id).toList());
        }
        assertThat(ids(all("/articles"))).isEqualTo(export.articles().stream().map(ExportDocument.Article::id).toList());
    }

    @Test
    void anArticleInNoClusterIsReadAloneAsTheWholeStoreGivesIt() {
        // a copy of the examples with a failed article, a copy no analyze placed and two rejected inputs
        java.nio.file.Path copy = ExampleStore.copy(ExampleStore.dir());
        try (ArticleStore store = ExampleStore.NEWSGRAPH.openStore(copy)) {
            store.save(org.newsgraph.model.AnalyzedArticle.failed(source("failed.txt"), "f".repeat(64), "annotator ran out of memory"));
            store.save(org.newsgraph.model.AnalyzedArticle.duplicate(source("copy.txt"), "d".repeat(64), 1));
            store.recordRejection(new org.newsgraph.model.Rejection("empty.txt", "no text"));
            store.recordRejection(new org.newsgraph.model.Rejection("huge.html", "over the size limit"));
        }
        try (ApiServer other = ExampleStore.serve(copy); ArticleStore view = ExampleStore.NEWSGRAPH.openStoreReadOnly(copy)) {
            org.newsgraph.http.read.Snapshot whole = org.newsgraph.http.read.Snapshot.read(view);
            List<ExportDocument.Article> articles = whole.export().articles();
            assertThat(articles.stream().filter(a -> whole.clusterOf(a.id()).isEmpty()).map(ExportDocument.Article::status))
                    .as("the copy holds articles in no cluster").contains("failed", "duplicate", "rejected", "rejected");
            for (ExportDocument.Article a : articles) {
                assertThat(Http.get(other.url() + "/articles/" + a.id()).json()).as(a.id())
                        .isEqualTo(shaped(List.of(org.newsgraph.http.read.ArticleDetail.of(a, whole))).get(0));
            }
            for (String status : List.of("failed", "duplicate", "rejected")) {
                JsonNode page = Http.get(other.url() + "/articles?status=" + status).json();
                assertThat(ids(page.get("items"))).as(status).isEqualTo(articles.stream().filter(a -> a.status().equals(status))
                        .map(ExportDocument.Article::id).toList());
            }
            JsonNode last = Http.get(other.url() + "/articles?limit=2&cursor="
                    + Cursor.of(articles.size() - 3, "")).json();
            assertThat(ids(last.get("items"))).as("a page across the last articles and the rejected inputs")
                    .isEqualTo(articles.subList(articles.size() - 3, articles.size() - 1).stream().map(ExportDocument.Article::id).toList());
            assertThat(Http.get(other.url() + "/articles/r3").status()).isEqualTo(404);
        }
        assertThat(Http.get(server.url() + "/articles/a999999").status()).isEqualTo(404);
    }

    private static org.newsgraph.model.ArticleSource source(String file) {
        return new org.newsgraph.model.ArticleSource(file, file, org.newsgraph.model.SourceFormat.TEXT, "Title", "body", null, null,
                org.newsgraph.model.Basis.NONE, org.newsgraph.model.PublicationDate.none(), "en");
    }

    @Test
    void aClusterSaysWhyEachMemberIsInIt() {
        List<JsonNode> listed = all("/clusters?limit=3"); // pages read by query
        assertThat(ids(listed)).isEqualTo(clusters.clusters().stream().map(ListedCluster::id).toList());
        assertThat(get("/clusters?limit=3").json().get("total").asInt()).isEqualTo(clusters.clusters().size());
        Set<Set<String>> exported = new java.util.HashSet<>(export.clusters().stream().map(Set::copyOf).toList());
        for (JsonNode item : listed) {
            ListedCluster one = ClusterCatalog.cluster(reader, item.get("id").asText()).orElseThrow();
            assertThat(item.get("size").asInt()).isEqualTo(one.size());
            assertThat(item.get("title").asText()).isEqualTo(one.title());
            assertThat(item.get("first_published").isNull() ? null : item.get("first_published").asText())
                    .isEqualTo(one.firstPublished());
            String event = "v" + one.id().substring(1);
            assertThat(item.get("event").isNull() ? null : item.get("event").asText())
                    .isEqualTo(export.events().stream().anyMatch(e -> e.id().equals(event)) ? event : null);
            assertThat(exported).as("a cluster's members are one of the export's clusters")
                    .contains(Set.copyOf(one.members().stream().map(ListedCluster.Member::article).toList()));
        }
        for (ListedCluster c : clusters.clusters()) {
            JsonNode cluster = get("/clusters/" + c.id()).json();

            assertThat(texts(cluster.get("members"), "reason")).isEqualTo(c.members().stream().map(ListedCluster.Member::reason).toList());
            assertThat(texts(cluster.get("members"), "article")).isEqualTo(c.members().stream().map(ListedCluster.Member::article).toList());
        }
    }

    @Test
    void aStoryGivesItsEventsAndOutletsCountTheirArticles() {
        assertThat(ids(all("/stories?limit=2"))).isEqualTo(export.stories().stream().map(ExportDocument.Story::id).toList());
        assertThat(get("/stories?limit=2").json().get("total").asInt()).isEqualTo(export.stories().size());
        for (ExportDocument.Story s : export.stories()) {
            assertThat(ids(get("/stories/" + s.id()).json().get("events"))).isEqualTo(s.events());
        }
        for (JsonNode outlet : all("/outlets")) {
            assertThat(outlet.get("article_count").asLong()).isEqualTo(export.articles().stream()
                    .filter(a -> outlet.get("name").asText().equalsIgnoreCase(a.outlet())).count());
        }
    }

    @Test
    void quotesAndClaimsAreTheExportsFilteredBySpeakerAndArticle() {
        assertThat(all("/quotes")).hasSize(export.quotes().size());
        assertThat(texts(all("/quotes?speaker=stoltenberg"), "speaker")).isNotEmpty().allMatch(stoltenberg::contains);
        assertThat(all("/claims")).hasSize(export.claims().size());
        String article = export.claims().get(0).article();
        assertThat(texts(all("/claims?article=" + article), "article")).isNotEmpty().containsOnly(article);
        // one article's, read from the part of the store its cluster makes, are the whole listing's of it
        List<JsonNode> quotes = all("/quotes");
        List<JsonNode> claims = all("/claims");
        for (ExportDocument.Article a : export.articles()) {
            assertThat(all("/quotes?article=" + a.id())).as(a.id())
                    .isEqualTo(quotes.stream().filter(q -> q.get("article").asText().equals(a.id())).toList());
            assertThat(all("/claims?article=" + a.id())).as(a.id())
                    .isEqualTo(claims.stream().filter(c -> c.get("article").asText().equals(a.id())).toList());
        }
    }

    @Test
    void pagesOfQuotesClaimsAndArticlesReadByKeyAreTheExportsInItsOrder() {
        // pages of three: a page read by the keys of quotes or claims starts and ends inside an article
        List<Object> quotes = export.quotes().stream().<Object>map(ApiIT::quoteView).toList();
        List<Object> articles = export.articles().stream().<Object>map(a -> ArticleRoutes.ArticleListed.of(a, clusterOf(a.id())))
                .toList();
        assertThat(all("/quotes?limit=3")).isNotEmpty().isEqualTo(shaped(quotes));
        assertThat(all("/claims?limit=3")).isNotEmpty().isEqualTo(shaped(List.copyOf(export.claims())));
        assertThat(all("/articles?limit=3")).isNotEmpty().isEqualTo(shaped(articles));
        assertThat(get("/quotes?limit=3").json().get("total").asInt()).isEqualTo(export.quotes().size());
        assertThat(get("/claims?limit=3").json().get("total").asInt()).isEqualTo(export.claims().size());
        assertThat(get("/articles?limit=3").json().get("total").asInt()).isEqualTo(export.articles().size());
        assertThat(get("/quotes?limit=100").json().get("items")).hasSize(Math.min(100, quotes.size()));
    }

    @Test
    void quoteAndArticleFiltersPickWhatTheExportHolds() {
        List<Object> byStoltenberg = export.quotes().stream().filter(q -> stoltenberg.contains(q.speaker()))
                .<Object>map(ApiIT::quoteView).toList();
        assertThat(all("/quotes?speaker=stoltenberg&limit=2")).isNotEmpty().isEqualTo(shaped(byStoltenberg));
        assertThat(get("/quotes?speaker=stoltenberg&limit=2").json().get("total").asInt()).isEqualTo(byStoltenberg.size());
        assertThat(all("/quotes?speaker=nobody+at+all")).isEmpty();
        for (String status : List.of("ok", "duplicate", "rejected", "failed")) {
            assertThat(all("/articles?status=" + status + "&limit=2")).as(status).isEqualTo(listed(a -> a.status().equals(status)));
        }
        assertThat(all("/articles?status=ok")).isNotEmpty();
        assertThat(all("/articles?outlet=" + enc("THE ODESSA JOURNAL") + "&limit=2")).isNotEmpty()
                .hasSizeLessThan(export.articles().size()).isEqualTo(listed(a -> "the odessa journal".equalsIgnoreCase(a.outlet())));
        assertThat(all("/articles?outlet=" + enc("the odessa journal") + "&status=ok")).isNotEmpty()
                .isEqualTo(listed(a -> "the odessa journal".equalsIgnoreCase(a.outlet()) && a.status().equals("ok")));
        assertThat(get("/articles?outlet=nowhere").json().get("total").asInt()).isZero();
        String article = export.claims().get(0).article();
        assertThat(all("/claims?article=" + article.charAt(0) + "0" + article.substring(1))).as("not an id the export gives").isEmpty();
        assertThat(all("/quotes?article=a999999")).isEmpty();
    }

    private static List<JsonNode> listed(java.util.function.Predicate<ExportDocument.Article> picked) {
        return shaped(export.articles().stream().filter(picked)
                .<Object>map(a -> ArticleRoutes.ArticleListed.of(a, clusterOf(a.id()))).toList());
    }

    /** Items as the API writes them. */
    private static List<JsonNode> shaped(List<Object> items) {
        List<JsonNode> shaped = new ArrayList<>();
        for (Object item : items) {
            try {
                shaped.add(JSON.readTree(JsonBody.bytes(item)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return shaped;
    }

    private static org.newsgraph.http.read.Views.QuoteView quoteView(ExportDocument.Quote q) {
        String name = q.speaker() == null ? null : export.entities().stream().filter(e -> e.id().equals(q.speaker()))
                .map(ExportDocument.Entity::name).findFirst().orElse(q.speaker());
        return new org.newsgraph.http.read.Views.QuoteView(q.article(), article(q.article()).title(), q.start(), q.end(),
                q.text(), q.direct(), q.speaker(), name, q.speakerText(), q.cue(), q.event());
    }

    private static String clusterOf(String articleId) {
        return clusters.clusters().stream().filter(c -> c.members().stream().anyMatch(m -> m.article().equals(articleId)))
                .map(ListedCluster::id).findFirst().orElse(null);
    }

    @Test
    void theRootSaysTheCorpusModelIsCurrentAfterAFinishedAnalyze() {
        JsonNode model = get("").json().get("corpus_model");

        assertThat(model.get("articles_outside").asInt()).isZero();
        assertThat(model.get("events").asText()).isEqualTo("current");
    }

    @Test
    void anEntityTagNamesTheBodyAndACurrentCopyGets304() {
        Http first = get("/events/" + export.events().get(0).id());
        Http again = get("/events/" + export.events().get(0).id());
        Http other = get("/events/" + export.events().get(1).id());

        assertThat(first.etag()).isNotBlank().isEqualTo(again.etag()).isNotEqualTo(other.etag());
        Http current = Http.get(server.url() + "/events/" + export.events().get(0).id(), "If-None-Match", "W/" + first.etag());
        assertThat(current.status()).isEqualTo(304);
        assertThat(current.body()).isEmpty();
        assertThat(Http.get(server.url() + "/events/" + export.events().get(0).id(), "If-None-Match", other.etag()).status())
                .isEqualTo(200);
    }

    @Test
    void aCursorServesOnlyTheQueryItWasGivenFor() {
        JsonNode page = get("/events?type=meeting&limit=1").json();
        String cursor = page.get("next").asText();

        assertThat(get("/events?type=meeting&limit=1&cursor=" + cursor).json().get("items").get(0).get("id").asText())
                .isNotEqualTo(page.get("items").get(0).get("id").asText());
        Http other = Http.get(server.url() + "/events?type=visit&cursor=" + cursor);
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("parameter").asText()).isEqualTo("cursor");
    }

    private boolean fromOdessa(String article) {
        return "The Odessa Journal".equalsIgnoreCase(article(article).outlet());
    }

    private static ExportDocument.Article article(String id) {
        return export.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> picked(EventQuery query) {
        return catalog.events(query).stream().map(ListedEvent::event).map(ExportDocument.Event::id).toList();
    }

    /** Every item of a listing, following the cursors. */
    private static List<JsonNode> all(String listing) {
        List<JsonNode> items = new ArrayList<>();
        String url = listing;
        for (int pages = 0; pages < 1000; pages++) {
            JsonNode page = get(url).json();
            page.get("items").forEach(items::add);
            if (page.get("next").isNull()) {
                return items;
            }
            url = listing + (listing.contains("?") ? "&" : "?") + "cursor=" + page.get("next").asText();
        }
        throw new AssertionError("no last page of " + listing);
    }

    private static Http get(String path) {
        Http answer = Http.get(server.url() + path);
        assertThat(answer.status()).as(path + ": " + answer).isEqualTo(200);
        assertThat(answer.mediaType()).isEqualTo("application/json");
        return answer;
    }

    private static List<String> ids(Iterable<JsonNode> items) {
        return texts(items, "id");
    }

    private static List<String> texts(Iterable<JsonNode> items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(field == null ? i.asText() : i.get(field).asText()));
        return out;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
