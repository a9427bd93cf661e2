package org.newsgraph.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.search.BadQueryException;
import org.newsgraph.search.HitKind;
import org.newsgraph.search.IndexChange;
import org.newsgraph.search.SearchDocument;
import org.newsgraph.search.SearchIndexMissingException;
import org.newsgraph.search.SearchQuery;
import org.newsgraph.search.SearchResult;

/** The Lucene index on disk with documents of its own: matching, entities, facets, snippets, hostile queries. */
class LuceneSearchIndexTest {

    private static final String KIEV_TEXT = "The minister arrived in Kiev on Monday.\nTalks on air defence followed.";
    private static final String KYIV_TEXT = "A summit opened in Kyiv. Air defence was not on the agenda.";
    private static final String HOSTILE = "<script>alert(1)</script> Kiev <img src=x onerror=alert(2)>";

    @TempDir
    Path dir;
    private LuceneSearchIndex index;

    @BeforeEach
    void build() {
        index = LuceneSearchIndex.open(dir.resolve("search"));
        index.replace(documents(), "state-1", done -> { });
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static List<SearchDocument> documents() {
        List<String> kyiv = List.of("Kyiv", "Kiev");
        return List.of(
                article("a1", "Minister visits", KIEV_TEXT, "Daily One", "2023-04-20", List.of("e1"), kyiv),
                article("a2", "Summit opens", KYIV_TEXT, "Weekly Two", "2024-05", List.of("e1"), kyiv),
                article("a3", "Hostile page", HOSTILE, "Daily One", null, List.of(), List.of()),
                new SearchDocument(HitKind.ENTITY, "e1", null, "Kyiv", "Kyiv: Kiev", null, null, null, "location",
                        List.of("e1"), kyiv),
                new SearchDocument(HitKind.EVENT, "v1", null, "Minister visits Kiev", KIEV_TEXT, null, "2023-04-20", null,
                        "visit", List.of("e1"), kyiv));
    }

    private static SearchDocument article(String id, String title, String text, String outlet, String date,
            List<String> entities, List<String> names) {
        return new SearchDocument(HitKind.ARTICLE, id, id, title, text, outlet, date, "en", null, entities, names);
    }

    private SearchResult search(String text) {
        return index.search(SearchQuery.of(text, 20));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void recordsTheStoreStateItWasMadeFromAndReplacesItWhole() {
        assertThat(index.state()).contains("state-1");
        index.replace(List.of(documents().get(0)), "state-2", done -> { });
        assertThat(index.state()).contains("state-2");
        assertThat(ids(search("summit"))).isEmpty();
        assertThat(ids(search("minister"))).containsExactly("a1");
    }

    @Test
    void aReplacementWritesOnlyWhatChangedAndDeletesWhatIsGone() {
        List<SearchDocument> changed = new ArrayList<>(documents());
        changed.set(1, article("a2", "Summit closes", "The summit closed in Kyiv.", "Weekly Two", "2024-05",
                List.of("e1"), List.of("Kyiv", "Kiev")));
        changed.remove(2);

        assertThat(index.replace(documents(), "state-1", done -> { })).isEqualTo(new IndexChange(5, 0, 0));
        assertThat(index.replace(changed, "state-2", done -> { })).isEqualTo(new IndexChange(4, 1, 1));

        assertThat(ids(search("closed"))).containsExactly("a2");
        assertThat(ids(search("opened"))).isEmpty();
        assertThat(ids(search("script"))).isEmpty();
        assertThat(index.search(SearchQuery.of(null, 1)).total()).isEqualTo(4);
        assertThat(index.rebuild(changed, "state-3", done -> { })).isEqualTo(new IndexChange(4, 4, 0));
    }

    @Test
    void anUpdateFromTheStateTheIndexRecordsDeletesByIdAndDottedIdThenWrites() {
        SearchDocument second = new SearchDocument(HitKind.EVENT, "v1.1", null, "Minister meets mayor", KYIV_TEXT, null,
                "2023-04-21", null, "meet", List.of("e1"), List.of("Kyiv"));
        index.update("state-1", Map.of(), List.of(second), "state-2");
        SearchDocument again = new SearchDocument(HitKind.EVENT, "v1", null, "Minister leaves", "The minister left.",
                null, "2023-04-22", null, "travel", List.of(), List.of());

        assertThat(index.update("state-2", Map.of(HitKind.EVENT, Set.of("v1"), HitKind.ARTICLE, Set.of("a3")),
                List.of(again), "state-3")).contains(new IndexChange(4, 1, 2));

        assertThat(index.state()).contains("state-3");
        assertThat(ids(search("mayor"))).as("v1.1 went with v1").isEmpty();
        assertThat(ids(search("left"))).containsExactly("v1");
        assertThat(ids(search("script"))).isEmpty();
        assertThat(ids(search("summit"))).containsExactly("a2");
    }

    @Test
    void anUpdateFromAnotherStateWritesNothing() {
        assertThat(index.update("state-0", Map.of(HitKind.ARTICLE, Set.of("a1")), List.of(), "state-2")).isEmpty();

        assertThat(index.state()).contains("state-1");
        assertThat(ids(search("minister"))).contains("a1");
    }

    @Test
    void anIndexThatCannotBeReadIsMadeAgainFromNothing() throws IOException {
        index.close();
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("segments_1"), "not an index");
        try (LuceneSearchIndex again = LuceneSearchIndex.open(broken)) {
            assertThat(again.replace(documents(), "state-1", done -> { })).isEqualTo(new IndexChange(5, 5, 0));
            assertThat(again.search(SearchQuery.of("summit", 5)).hits()).extracting(SearchResult.Hit::id).containsExactly("a2");
        }
        index = LuceneSearchIndex.open(dir.resolve("search"));
    }

    @Test
    void aMissingIndexHasNoStateAndSaysSoWhenSearched() {
        try (LuceneSearchIndex none = LuceneSearchIndex.open(dir.resolve("nothing"))) {
            assertThat(none.state()).isEmpty();
            assertThatThrownBy(() -> none.search(SearchQuery.of("kyiv", 5))).isInstanceOf(SearchIndexMissingException.class);
        }
        assertThat(dir.resolve("nothing")).doesNotExist();
    }

    @Test
    void aNameFindsTheOtherSpellingsOfItsEntityAndMarksThem() {
        SearchResult result = index.search(new SearchQuery("Kyiv", Set.of(HitKind.ARTICLE), null, null, null, null, null,
                null, 0, 10));

        // a3 names no entity, but writes Kiev: the name expands to every spelling of the entity
        assertThat(ids(result)).containsExactlyInAnyOrder("a1", "a2", "a3");
        assertThat(ids(index.search(SearchQuery.of("summit", 10)))).containsExactly("a2");
        SearchResult.Hit kiev = result.hits().stream().filter(h -> h.id().equals("a1")).findFirst().orElseThrow();
        assertThat(marked(kiev.snippet())).containsExactly("Kiev");
    }

    @Test
    void aNameOfThousandsOfSpellingsStillSearchesWithinLucenesLimits() {
        List<String> many = new ArrayList<>(List.of("Kyiv", "Kiev"));
        for (int i = 0; i < 3_000; i++) {
            many.add("Kyivka" + Integer.toString(i, 36));
        }
        List<SearchDocument> documents = new ArrayList<>(documents());
        documents.add(new SearchDocument(HitKind.ENTITY, "e2", null, "Kyiv", "Kyiv", null, null, null, "location",
                List.of("e2"), many));
        index.replace(documents, "state-2", done -> { });

        assertThat(ids(index.search(new SearchQuery("Kyiv", Set.of(HitKind.ARTICLE), null, null, null, null, null, null, 0,
                10)))).containsExactlyInAnyOrder("a1", "a2", "a3");
        assertThat(ids(index.search(new SearchQuery("Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv "
                + "Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv Kyiv",
                Set.of(HitKind.ARTICLE), null, null, null, null, null, null, 0, 10)))).contains("a1", "a2");
    }

    @Test
    void aRoleAnEntityWasCalledByNeitherExpandsNorIsExpandedTo() {
        List<String> berg = List.of("Anna Berg", "Berg", "minister", "Foreign Minister", "Secretary-General");
        List<SearchDocument> documents = new ArrayList<>(documents());
        documents.add(article("a4", "Berg speaks", "Anna Berg spoke on Tuesday.", "Daily One", "2023-04-21",
                List.of("e3"), berg));
        documents.add(new SearchDocument(HitKind.ENTITY, "e3", null, "Anna Berg", "Anna Berg: Berg", null, null, null,
                "person", List.of("e3"), berg));
        index.replace(documents, "state-2", done -> { });

        // a1 says "minister" of someone else: a role of Berg's is no spelling of her name
        assertThat(ids(index.search(new SearchQuery("Berg", Set.of(HitKind.ARTICLE), null, null, null, null, null, null, 0,
                10)))).containsExactly("a4");
        // nor is a role searched as one of her names: "minister" finds what says it, not every
        // document that names someone once called so (a4 never says it)
        SearchResult minister = index.search(new SearchQuery("minister", Set.of(HitKind.ARTICLE), null, null, null, null,
                null, null, 0, 10));
        assertThat(ids(minister)).containsExactly("a1");
        assertThat(ids(index.search(new SearchQuery("\"Foreign Minister\"", Set.of(), null, null, null, null, null, null,
                0, 10)))).isEmpty();
        assertThat(ids(index.search(new SearchQuery("Anna Berg", Set.of(), null, null, null, null, null, null, 0, 10))))
                .containsExactlyInAnyOrder("a4", "e3");
    }

    @Test
    void aHitFoundByTheNamesOfItsEntitiesAloneShowsTheStartOfItsText() {
        List<SearchDocument> documents = new ArrayList<>(documents());
        documents.add(article("a5", "Quiet day", "Nothing happened anywhere today.", "Daily One", "2023-04-22",
                List.of("e1"), List.of("Kyiv", "Kiev")));
        index.replace(documents, "state-2", done -> { });

        SearchResult.Hit quiet = index.search(SearchQuery.of("Kyiv", 10)).hits().stream()
                .filter(h -> h.id().equals("a5")).findFirst().orElseThrow();

        assertThat(quiet.snippet().text()).isEqualTo("Nothing happened anywhere today.");
        assertThat(quiet.snippet().marks()).isEmpty();
        SearchResult.Hit entity = index.search(SearchQuery.of("Kiev", 10)).hits().stream()
                .filter(h -> h.id().equals("e1")).findFirst().orElseThrow();
        assertThat(marked(entity.snippet())).as("a hit without text: its title, analysed").isNotEmpty();
    }

    @Test
    void theTextKeepsTheOffsetsOfItsWordsAndAPhraseIsMarkedWhereItsWordsStandInOrder() throws IOException {
        try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir.resolve("search")))) {
            assertThat(org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.TEXT).getIndexOptions())
                    .isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        }
        SearchResult.Hit a1 = index.search(SearchQuery.of("\"air defence\"", 10)).hits().stream()
                .filter(h -> h.id().equals("a1")).findFirst().orElseThrow();

        assertThat(marked(a1.snippet())).containsExactly("air defence");
    }

    @Test
    void aQueryIsExpandedToItsEntitiesOnceAReader() {
        int before = index.expansions();
        search("Kyiv");
        search("Kyiv");
        index.search(new SearchQuery("Kyiv", Set.of(HitKind.ARTICLE), null, null, null, null, null, null, 0, 10));

        assertThat(index.expansions() - before).isEqualTo(1);
        index.replace(documents(), "state-2", done -> { });
        search("Kyiv");
        assertThat(index.expansions()).as("a new reader expands again").isEqualTo(1);
    }

    @Test
    void aNameIsCapitalisedAndEndsInNoOffice() {
        NameSpellings names = new NameSpellings();
        assertThat(List.of("Kiev", "Anna Berg", "@annaberg", "Berg, Anna", "iSight", "NATO", "President Berg"))
                .allMatch(names::isName);
        assertThat(List.of("President", "president", "Foreign Minister", "Secretary-General", "Ukrainian president",
                "NATO chief", "head of state", "military alliance", "the Secretary General")).noneMatch(names::isName);
    }

    @Test
    void aPhraseMatchesItsWordsInOrderOnly() {
        assertThat(ids(search("\"air defence\""))).containsExactlyInAnyOrder("a1", "a2", "v1");
        assertThat(ids(search("\"defence air\""))).isEmpty();
        assertThat(ids(search("\"talks on air defence\""))).containsExactlyInAnyOrder("a1", "v1");
    }

    @Test
    void wordsMustAllMatchUnlessJoinedByOr() {
        assertThat(ids(search("summit minister"))).isEmpty();
        assertThat(ids(search("summit OR minister"))).containsExactlyInAnyOrder("a1", "a2", "v1");
        assertThat(ids(search("defence -summit"))).containsExactlyInAnyOrder("a1", "v1");
    }

    @Test
    void countsTheFacetsOfAllHitsAndFilters() {
        SearchResult all = index.search(new SearchQuery(null, Set.of(), null, null, null, null, null, null, 0, 1));
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.estimated()).isFalse();
        assertThat(all.hits()).hasSize(1);
        assertThat(all.facets().get("outlet")).extracting(SearchResult.FacetCount::value, SearchResult.FacetCount::count)
                .containsExactly(tuple("Daily One", 2), tuple("Weekly Two", 1));
        assertThat(all.facets().get("entity")).singleElement()
                .satisfies(e -> assertThat(List.of(e.value(), e.label(), e.count())).containsExactly("e1", "Kyiv", 4));
        assertThat(all.facets().get("month")).extracting(SearchResult.FacetCount::value).containsExactly("2023-04", "2024-05");

        SearchResult daily = index.search(new SearchQuery(null, Set.of(), "daily one", null, null, null, null, null, 0, 10));
        assertThat(ids(daily)).containsExactlyInAnyOrder("a1", "a3");
        SearchResult in2024 = index.search(new SearchQuery("kyiv", Set.of(), null, null, null, null,
                DatePeriod.of("2024").orElseThrow(), DatePeriod.of("2024").orElseThrow(), 0, 10));
        assertThat(ids(in2024)).containsExactly("a2");
        SearchResult visits = index.search(new SearchQuery(null, Set.of(), null, null, "VISIT", null, null, null, 0, 10));
        assertThat(ids(visits)).containsExactly("v1");
    }

    @Test
    void countsManyHitsOnARandomSampleAndSaysTheCountsAreEstimates() {
        List<SearchDocument> many = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String outlet = i % 3 == 0 ? "Weekly Two" : "Daily One";
            String text = i % 100 == 0 ? "A rare ferry crossed to the island." : "A common report of the day.";
            many.add(article("a" + i, "Report " + i, text, outlet, "2023-04-20", List.of(), List.of()));
        }
        try (LuceneSearchIndex sampled = LuceneSearchIndex.open(dir.resolve("many"), new IndexSearching.Counting(100, 600))) {
            sampled.rebuild(many, "state-1", done -> { });

            SearchResult common = sampled.search(SearchQuery.of("common", 5));
            assertThat(common.estimated()).isTrue();
            assertThat(common.hits()).hasSize(5);
            assertThat(common.total()).isBetween(2_970 - 400, 2_970 + 400);
            assertThat(common.facets().get("outlet")).extracting(SearchResult.FacetCount::value)
                    .containsExactly("Daily One", "Weekly Two");
            assertThat(common.facets().get("outlet").get(0).count()).isBetween(1_980 - 400, 1_980 + 400);
            assertThat(sampled.search(new SearchQuery("common", Set.of(), null, null, null, null, null, null, 5, 5)).total())
                    .as("the same sample for the next page").isEqualTo(common.total());

            SearchResult rare = sampled.search(SearchQuery.of("ferry", 5));
            assertThat(rare.estimated()).isFalse();
            assertThat(rare.total()).isEqualTo(30);
            assertThat(rare.facets().get("outlet")).extracting(SearchResult.FacetCount::value, SearchResult.FacetCount::count)
                    .containsExactly(tuple("Daily One", 20), tuple("Weekly Two", 10));
        }
    }

    @Test
    void thePagesOfOneSearchAndASearchAskedAgainAreCountedOnce() {
        SearchResult first = index.search(new SearchQuery("defence", Set.of(), null, null, null, null, null, null, 0, 1));
        int counted = index.countings();
        SearchResult second = index.search(new SearchQuery("defence", Set.of(), null, null, null, null, null, null, 1, 1));
        SearchResult again = index.search(new SearchQuery("defence", Set.of(), null, null, null, null, null, null, 0, 1));

        assertThat(index.countings()).isEqualTo(counted);
        assertThat(List.of(second.total(), again.total())).containsOnly(first.total());
        assertThat(List.of(second.facets(), again.facets())).containsOnly(first.facets());
        assertThat(again.hits()).isEqualTo(first.hits());
        assertThat(second.hits()).doesNotContainAnyElementsOf(first.hits());
        index.search(SearchQuery.of("summit", 5));
        assertThat(index.countings()).isEqualTo(counted + 1);
    }

    @Test
    void pagesThroughTheHits() {
        SearchResult first = index.search(new SearchQuery("kyiv", Set.of(), null, null, null, null, null, null, 0, 2));
        SearchResult second = index.search(new SearchQuery("kyiv", Set.of(), null, null, null, null, null, null, 2, 2));
        assertThat(first.total()).isEqualTo(second.total()).isEqualTo(5);
        List<String> both = new ArrayList<>(ids(first));
        both.addAll(ids(second));
        assertThat(both).doesNotHaveDuplicates().hasSize(4).isSubsetOf("a1", "a2", "a3", "e1", "v1");
    }

    @Test
    void snippetsArePlainTextWithOffsetsOfTheMatches() {
        SearchResult.Hit hostile = index.search(SearchQuery.of("script alert", 5)).hits().get(0);
        assertThat(hostile.id()).isEqualTo("a3");
        assertThat(hostile.snippet().text()).contains("<script>alert(1)</script>");
        assertThat(marked(hostile.snippet())).containsExactly("script", "alert", "script", "alert");

        SearchResult.Hit lineBreak = index.search(SearchQuery.of("talks", 5)).hits().stream()
                .filter(h -> h.id().equals("a1")).findFirst().orElseThrow();
        assertThat(lineBreak.snippet().text()).doesNotContain("\n");
        assertThat(marked(lineBreak.snippet())).containsExactly("Talks");
    }

    @Test
    void refusesWhatCannotBeReadOrCostsTooMuchWithAReason() {
        assertBad("\"Kyiv summit", "quote is not closed");
        assertBad("*yiv", "may not start with *");
        assertBad("?yiv", "may not start with *");
        assertBad("kyiv ".repeat(10_000), "characters long");
        assertBad("w ".repeat(QueryReader.MAX_TERMS + 1).strip(), "words");
        assertBad("/k.*v/", "regular expressions");
        assertBad("[a TO z]", "ranges");
        assertBad("secret:kyiv", "is not a field");
        assertBad("((kyiv", "cannot be read");
        assertBad("kyiv AND", "cannot be read");
    }

    @Test
    void randomHostileQueriesAnswerOrAreRefusedInBoundedTime() {
        Random random = new Random(15);
        String alphabet = "ab Ky\"*?~^:()[]{}/\\!+-&|\u202e\u0000é ";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 2_000; i++) {
                StringBuilder q = new StringBuilder();
                for (int n = random.nextInt(30); n > 0; n--) {
                    q.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                try {
                    search(q.toString());
                } catch (BadQueryException refused) {
                    assertThat(refused.getMessage()).isNotBlank().doesNotContain("Exception");
                }
            }
        });
    }

    private void assertBad(String query, String reason) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> search(query))
                .isInstanceOf(BadQueryException.class).hasMessageContaining(reason));
    }

    private static List<String> marked(SearchResult.Snippet snippet) {
        return snippet.marks().stream().map(m -> snippet.text().substring(m.start(), m.end())).toList();
    }
}
