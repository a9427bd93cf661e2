package org.newsgraph.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.ClusterHistoryEntry;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.Removed;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.Story;
import org.newsgraph.model.Timex;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.sqlite.SqliteArticleStore;
import org.newsgraph.story.StoryThreader;

/** The export streamed from a real SQLite store. */
class ExportStreamerTest {

    @TempDir
    Path dir;

    private final List<ArticleStore> opened = new ArrayList<>();

    @AfterEach
    void closeTheStores() {
        opened.forEach(ArticleStore::close);
    }

    /** A new store of its own, closed after the test. */
    private ArticleStore newStore() {
        ArticleStore store = SqliteArticleStore.open(dir.resolve("store" + opened.size()));
        opened.add(store);
        return store;
    }

    @Test
    void writesEveryFieldOfContractVersionOne() throws IOException {
        JsonNode export = exportOf(sampleStore());

        assertThat(fieldNames(export)).containsExactly("version", "articles", "entities", "timexes", "events",
                "clusters", "stories", "quotes", "claims", "entity_merges", "cluster_history", "event_merges");
        assertThat(export.get("version").asInt()).isEqualTo(1);
        JsonNode article = export.get("articles").get(0);
        assertThat(fieldNames(article)).containsExactly("id", "file", "title", "outlet", "outlet_basis", "url", "language",
                "published", "status", "error", "duplicate_of", "text", "removed", "notes");
        assertThat(fieldNames(article.get("published"))).containsExactly("date", "basis", "confidence");
        assertThat(article.get("published").get("date").asText()).isEqualTo("2023-04-20");
        assertThat(article.get("published").get("basis").asText()).isEqualTo("metadata");
        assertThat(article.get("removed").get(0).get("reason").asText()).isEqualTo("boilerplate");
        assertThat(export.get("events").isArray()).isTrue();
    }

    @Test
    void claimsNameTheirClaimantByEntityIdOrElseTheOutlet() throws IOException {
        ArticleStore store = newStore();
        String text = "Anna Kowalska said more than €40 billion in aid was paid. The army lost 10-20 tanks.";
        LocalEntity anna = new LocalEntity("Anna Kowalska", EntityType.PERSON, List.of(new Mention(new Span(0, 13), "Anna Kowalska")));
        List<Claim> claims = List.of(
                new Claim(new Span(19, 40), "more than €40 billion", 40e9, null, "EUR", "more than", 0, "Anna Kowalska", "aid"),
                new Claim(new Span(72, 83), "10-20 tanks", 10, 20.0, "tanks", null, Claim.NO_CLAIMANT, null, "tanks"));
        ArticleSource source = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, "T", "body", null, "Daily Planet",
                Basis.METADATA, PublicationDate.none(), "en");
        store.save(new AnalyzedArticle(source, "h1", ArticleStatus.OK, null, null, text, List.of(), List.of(anna), List.of(), 20,
                List.of(), List.of(), claims));

        JsonNode export = exportOf(store);

        String annaId = export.get("entities").get(0).get("id").asText();
        JsonNode said = export.get("claims").get(0);
        assertThat(fieldNames(said)).containsExactly("article", "start", "end", "text", "value", "upper", "unit", "qualifier",
                "claimant", "claimant_text", "subject");
        assertThat(said.get("value").isIntegralNumber()).isTrue();
        assertThat(said.get("value").asLong()).isEqualTo(40_000_000_000L);
        assertThat(said.get("claimant").asText()).isEqualTo(annaId);
        assertThat(said.get("claimant_text").asText()).isEqualTo("Anna Kowalska");
        assertThat(text.substring(said.get("start").asInt(), said.get("end").asInt())).isEqualTo(said.get("text").asText());
        JsonNode outlets = export.get("claims").get(1);
        assertThat(outlets.get("claimant").isNull()).isTrue();
        assertThat(outlets.get("claimant_text").asText()).isEqualTo("Daily Planet");
        assertThat(outlets.get("upper").asInt()).isEqualTo(20);
    }

    @Test
    void anUnknownDateIsNullWithBasisNone() throws IOException {
        JsonNode published = exportOf(sampleStore()).get("articles").get(1).get("published");
        assertThat(published.get("date").isNull()).isTrue();
        assertThat(published.get("basis").asText()).isEqualTo("none");
    }

    @Test
    void rejectedInputsAreArticlesWithStatusRejectedAndTheirReason() throws IOException {
        JsonNode rejected = exportOf(sampleStore()).get("articles").get(3);
        assertThat(rejected.get("status").asText()).isEqualTo("rejected");
        assertThat(rejected.get("file").asText()).isEqualTo("broken.jsonl:3");
        assertThat(rejected.get("error").asText()).isEqualTo("malformed JSON");
    }

    @Test
    void entitiesCarryMentionsWithOffsetsIntoTheExportedText() throws IOException {
        JsonNode export = exportOf(sampleStore());
        JsonNode entity = export.get("entities").get(0);
        assertThat(entity.get("name").asText()).isEqualTo("Anna Kowalska");
        assertThat(entity.get("aliases")).extracting(JsonNode::asText).containsExactly("Kowalska");
        for (JsonNode m : entity.get("mentions")) {
            String text = articleText(export, m.get("article").asText());
            assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
        JsonNode timex = export.get("timexes").get(0);
        assertThat(timex.get("value").asText()).isEqualTo("2023-04-20");
    }

    @Test
    void entitiesKeepTheirStoredIdsWhenLaterArticlesAddEntitiesAndMentions() throws IOException {
        ArticleStore store = sampleStore();
        assertThat(exportOf(store).get("entities").get(0).get("id").asText()).isEqualTo("e1");
        String text = "Port of Gdansk. Anna Kowalska spoke.";
        store.save(new AnalyzedArticle(source("d.txt", PublicationDate.none()), "h4", ArticleStatus.OK, null, null, text,
                List.of(), List.of(new LocalEntity("Gdansk", EntityType.LOCATION, List.of(new Mention(new Span(8, 14), "Gdansk"))),
                        new LocalEntity("Anna Kowalska", EntityType.PERSON, List.of(new Mention(new Span(16, 29), "Anna Kowalska")))),
                List.of(), 6));

        JsonNode entities = exportOf(store).get("entities");

        assertThat(entities).extracting(e -> e.get("id").asText() + " " + e.get("name").asText())
                .containsExactly("e1 Anna Kowalska", "e2 Gdansk");
        JsonNode anna = entities.get(0);
        assertThat(anna.get("article_count").asInt()).isEqualTo(2);
        assertThat(anna.get("mentions")).extracting(m -> m.get("article").asText() + ":" + m.get("start").asInt())
                .containsExactly("a1:0", "a1:33", "a4:16");
    }

    @Test
    void retiredEntityIdsAreListedWithTheIdTheyWentIntoAndWhy() throws IOException {
        ArticleStore store = sampleStore();
        LocalEntity anna = store.articles().get(0).article().entities().get(0);
        long second = store.save(new AnalyzedArticle(source("d.txt", PublicationDate.none()), "h4", ArticleStatus.OK,
                null, null, "Anna Kowalska spoke on Thursday. Kowalska left.", List.of(), List.of(anna), List.of(), 9));
        // As a resolver that kept the two apart left the table:
        store.corpusEntities().replace(List.of(
                new CorpusEntity(1, new EntityCluster("Anna Kowalska", EntityType.PERSON, null, List.of(), List.of(new EntityRef(1, 0)), List.of())),
                new CorpusEntity(2, new EntityCluster("Anna Kowalska", EntityType.PERSON, null, List.of(), List.of(new EntityRef(second, 0)), List.of()))),
                List.of(), second);
        store.save(new AnalyzedArticle(source("e.txt", PublicationDate.none()), "h5", ArticleStatus.OK, null, null,
                "Anna Kowalska spoke on Thursday. Kowalska left.", List.of(), List.of(anna), List.of(), 9));

        JsonNode export = exportOf(store);

        assertThat(export.get("entities")).extracting(e -> e.get("id").asText()).containsExactly("e1");
        assertThat(export.get("entity_merges").toString())
                .isEqualTo("[{\"merged\":\"e2\",\"into\":\"e1\",\"reason\":\"same name\"}]");
    }

    @Test
    void aStoreWhoseEntitiesWereNeverResolvedIsResolvedBeforeItIsExported() throws IOException {
        ArticleStore store = sampleStore();
        assertThat(store.corpusEntities().isUpToDate()).isFalse();

        JsonNode export = exportOf(store);

        assertThat(export.get("entities")).hasSize(1);
        assertThat(store.corpusEntities().count()).isEqualTo(1);
        assertThat(store.corpusEntities().isUpToDate()).isTrue();
    }

    @Test
    void clustersPartitionOkAndDuplicateArticles() throws IOException {
        JsonNode clusters = exportOf(sampleStore()).get("clusters");
        assertThat(clusters.toString()).isEqualTo("[[\"a1\",\"a3\"],[\"a2\"]]");
    }

    @Test
    void articlesNotYetPlacedStandAloneWithTheirCopiesNotYetPlaced() throws IOException {
        ArticleStore store = sampleStore();
        assertThat(streamed(store).get("clusters").toString()).isEqualTo("[[\"a1\",\"a3\"],[\"a2\"]]");
        exportOf(store);
        store.save(AnalyzedArticle.duplicate(source("d.txt", PublicationDate.none()), "h1", 1));
        store.save(new AnalyzedArticle(source("e.txt", PublicationDate.none()), "h5", ArticleStatus.OK, null, null,
                "More text.", List.of(), List.of(), List.of(), 2));
        store.save(AnalyzedArticle.duplicate(source("f.txt", PublicationDate.none()), "h5", 5));

        JsonNode clusters = streamed(store).get("clusters");

        assertThat(clusters.toString()).isEqualTo("[[\"a1\",\"a3\"],[\"a2\"],[\"a4\"],[\"a5\",\"a6\"]]");
    }

    @Test
    void eachClusterHasOneEventOfItsReportsWithEntityArticleAndClusterIdsAndQuotesNameTheirEvent() throws IOException {
        ArticleStore store = newStore();
        String text = "Anna Berg visited Tallinn on Thursday. \u201cThe summit in July matters,\u201d Anna Berg said.";
        LocalEntity berg = new LocalEntity("Anna Berg", EntityType.PERSON,
                List.of(new Mention(new Span(0, 9), "Anna Berg"), new Mention(new Span(69, 78), "Anna Berg")));
        LocalEntity tallinn = new LocalEntity("Tallinn", EntityType.LOCATION, List.of(new Mention(new Span(18, 25), "Tallinn")));
        Event visit = new Event("visit", "04", EventSalience.MAIN, "Berg visits Tallinn", new Span(10, 17),
                List.of(new Span(0, 38)), List.of(0), 1, new EventDate("XXXX-04-20", Basis.TEXT, 0.9));
        Event summit = new Event("summit", null, EventSalience.MENTIONED, "Summit in July", new Span(44, 50),
                List.of(new Span(39, 84)), List.of(), -1, new EventDate("2023-07", Basis.TEXT, 0.8));
        Quote quote = new Quote(new Span(40, 67), "The summit in July matters,", true, 0, "Anna Berg", new Span(69, 78),
                "say", new Span(79, 83));
        store.save(new AnalyzedArticle(source("a.txt", new PublicationDate("2023-04-21", Basis.METADATA, 1.0)), "h1",
                ArticleStatus.OK, null, null, text, List.of(), List.of(berg, tallinn), List.of(), 18, List.of(),
                List.of(quote), List.of(), List.of(visit, summit)));

        JsonNode export = exportOf(store);

        JsonNode events = export.get("events");
        assertThat(events).extracting(e -> e.get("id").asText()).containsExactly("v1", "v1.1");
        JsonNode v1 = events.get(0);
        assertThat(fieldNames(v1)).containsExactly("id", "type", "cameo", "salience", "title", "date", "location",
                "participants", "articles", "evidence", "cluster");
        assertThat(v1.get("date").toString()).isEqualTo("{\"value\":\"2023-04-20\",\"basis\":\"cluster\",\"confidence\":0.9}");
        assertThat(v1.get("location").asText()).isEqualTo("e2");
        assertThat(v1.get("participants").toString()).isEqualTo("[\"e1\"]");
        assertThat(v1.get("articles").toString()).isEqualTo("[\"a1\"]");
        assertThat(v1.get("evidence").toString()).isEqualTo("[{\"article\":\"a1\",\"start\":0,\"end\":38}]");
        assertThat(v1.get("cluster").asText()).isEqualTo("c1");
        assertThat(events.get(1).get("salience").asText()).isEqualTo("mentioned");
        assertThat(events.get(1).get("location").isNull()).isTrue();
        assertThat(export.get("quotes").get(0).get("event").asText()).isEqualTo("v1.1");
        assertThat(export.get("stories")).isEmpty();
    }

    @Test
    void anUndatedEventsDateSaysWhyAndAnExportWithoutTheNoteStillReads() throws IOException {
        ArticleStore store = newStore();
        Event met = new Event("meeting", "04", EventSalience.MAIN, "Berg meets Marsman", new Span(10, 17),
                List.of(new Span(0, 30)), List.of(), -1, EventDate.none("told as past (\"had met\")"));
        store.save(new AnalyzedArticle(source("a.txt", new PublicationDate("2023-04-21", Basis.METADATA, 1.0)), "h1",
                ArticleStatus.OK, null, null, "Anna Berg had met Piet Marsman.", List.of(), List.of(), List.of(), 6,
                List.of(), List.of(), List.of(), List.of(met)));

        JsonNode date = exportOf(store).get("events").get(0).get("date");

        assertThat(date.toString())
                .isEqualTo("{\"value\":null,\"basis\":\"none\",\"confidence\":0.0,\"note\":\"told as past (\\\"had met\\\")\"}");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.treeToValue(date, ExportDocument.EventDate.class).note()).isEqualTo("told as past (\"had met\")");
        assertThat(json.readValue("{\"value\":null,\"basis\":\"none\",\"confidence\":0.0}", ExportDocument.EventDate.class))
                .isEqualTo(new ExportDocument.EventDate(null, "none", 0.0, null));
    }

    @Test
    void storiesThreadTheEventsOfClustersThatShareTwoParticipants() {
        CorpusEntity berg = new CorpusEntity(1, new EntityCluster("Anna Berg", EntityType.PERSON, null, List.of(), List.of(), List.of()));
        CorpusEntity marsman = new CorpusEntity(2, new EntityCluster("Piet Marsman", EntityType.PERSON, null, List.of(), List.of(), List.of()));
        List<CorpusEvent> events = List.of(
                new CorpusEvent(1, 0, "visit", null, EventSalience.MAIN, "First", new EventDate("2023-04-20", Basis.TEXT, 0.9),
                        null, List.of(1L, 2L), List.of(), List.of()),
                new CorpusEvent(2, 0, "visit", null, EventSalience.MAIN, "Second", EventDate.none(), null,
                        List.of(2L, 1L), List.of(), List.of()));
        List<Story> stories = new StoryThreader().thread(events, List.of(berg, marsman));

        assertThat(stories).extracting(ExportRecords::story).containsExactly(new ExportDocument.Story("s1",
                "Anna Berg and Piet Marsman: 2 events, 2023-04-20", List.of("v1", "v2")));
        assertThat(ExportRecords.event(events.get(1)).date()).isEqualTo(new ExportDocument.EventDate(null, "none", 0.0));
    }

    @Test
    void theClusterHistoryNamesTheIdsBeforeAndAfterAndTheArticlesMoved() {
        ClusterChange split = new ClusterChange(ClusterChange.Kind.SPLIT, 3, 9, List.of(4L), 0.02, "p 0.020 < 0.050");
        ClusterChange merge = new ClusterChange(ClusterChange.Kind.MERGE, 9, 2, List.of(4L), 0.4, "p 0.400 >= 0.050");

        List<ClusterHistoryEntry> history = List.of(new ClusterHistoryEntry(1, "2026-12-07T03:00:00Z", split),
                new ClusterHistoryEntry(2, "2026-12-07T03:00:01Z", merge));

        assertThat(history).extracting(ExportRecords::history).containsExactly(
                new ExportDocument.ClusterHistory(1, "2026-12-07T03:00:00Z", "split", List.of("c3"), List.of("c3", "c9"),
                        List.of("a4"), 0.02, "p 0.020 < 0.050"),
                new ExportDocument.ClusterHistory(2, "2026-12-07T03:00:01Z", "merge", List.of("c2", "c9"), List.of("c2"),
                        List.of("a4"), 0.4, "p 0.400 >= 0.050"));
    }

    /** The export of the store once its corpus model is up to date, as analyze leaves it. */
    private JsonNode exportOf(ArticleStore store) throws IOException {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Path out = exports.resolve("out.json");
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        newsgraph.analyzer().updateCorpus(store);
        new ExportWriter().write(store, out);
        assertThat(Files.list(exports)).containsExactly(out);
        return new ObjectMapper().readTree(out.toFile());
    }

    /** The export of the store as it is, its corpus model not brought up to date. */
    private JsonNode streamed(ArticleStore store) throws IOException {
        Path out = Files.createDirectories(dir.resolve("streamed")).resolve("out.json");
        new ExportWriter().write(store, out);
        return new ObjectMapper().readTree(out.toFile());
    }

    private ArticleStore sampleStore() {
        ArticleStore store = newStore();
        String text = "Anna Kowalska spoke on Thursday. Kowalska left.";
        LocalEntity anna = new LocalEntity("Anna Kowalska", EntityType.PERSON,
                List.of(new Mention(new Span(0, 13), "Anna Kowalska"), new Mention(new Span(33, 41), "Kowalska")));
        store.save(new AnalyzedArticle(source("a.txt", new PublicationDate("2023-04-20", Basis.METADATA, 1.0)),
                "h1", ArticleStatus.OK, null, null, text, List.of(new Removed("Share this", "boilerplate")),
                List.of(anna), List.of(new Timex(new Span(20, 31), "on Thursday", "DATE", "2023-04-20")), 9));
        store.save(new AnalyzedArticle(source("b.txt", PublicationDate.none()), "h2", ArticleStatus.OK, null, null,
                "Other text.", List.of(), List.of(), List.of(), 3));
        store.save(AnalyzedArticle.duplicate(source("c.txt", PublicationDate.none()), "h1", 1));
        store.recordRejection(new Rejection("broken.jsonl:3", "malformed JSON"));
        return store;
    }

    private static ArticleSource source(String file, PublicationDate published) {
        return new ArticleSource(file, file, SourceFormat.TEXT, "T", "body", null, null, Basis.NONE, published, "en");
    }

    private static String articleText(JsonNode export, String id) {
        for (JsonNode a : export.get("articles")) {
            if (a.get("id").asText().equals(id)) {
                return a.get("text").asText();
            }
        }
        throw new AssertionError("no article " + id);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
