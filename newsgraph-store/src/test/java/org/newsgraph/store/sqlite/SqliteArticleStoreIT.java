package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.newsgraph.store.sqlite.SampleArticles.asStored;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.Span;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticlePart;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.ArticleStore.Known;
import org.newsgraph.store.StoreException;
import org.newsgraph.testkit.InMemoryArticleStore;

/** The store against a real SQLite file: what is saved comes back whole, and nothing half-saved. */
class SqliteArticleStoreIT {

    @TempDir
    Path temp;

    private Path dir;
    private SqliteArticleStore store;

    @BeforeEach
    void open() {
        dir = temp.resolve("store");
        store = SqliteArticleStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void findsTheArticlesOfAWindowOfPublicationDaysAndTheUndatedFromAnId() {
        long july = store.save(SampleArticles.rich("july.html"));
        long may = store.save(SampleArticles.numbered(1));
        long undated = store.save(SampleArticles.bare("undated.txt", "No day is given here."));
        long mayAgain = store.save(SampleArticles.numbered(2));

        assertThat(store.idsPublished("2024-05-01", "2024-05-01", undated)).containsExactly(may, undated, mayAgain);
        assertThat(store.idsPublished("2024-04-01", "2024-04-30", undated + 1)).isEmpty();
        assertThat(store.idsPublished("2023-07-13", "2024-04-30", Long.MAX_VALUE)).as("a day with a time of day")
                .containsExactly(july);
        assertThat(store.idsPublished(null, null, 0)).containsExactly(july, may, undated, mayAgain);
    }

    @Test
    void listsPagesOfArticlesQuotesAndClaimsByKeyAsAReadOfEveryArticlePicksThem() {
        InMemoryArticleStore whole = new InMemoryArticleStore(); // the ports' reading of every article
        List<AnalyzedArticle> articles = List.of(SampleArticles.rich("one.html"), SampleArticles.numbered(1),
                SampleArticles.failed("f.txt", "broken"), SampleArticles.bare("b.txt", "Nothing said."),
                SampleArticles.rich("two.html"), SampleArticles.numbered(2), SampleArticles.rich("three.html"));
        articles.forEach(a -> assertThat(store.save(a)).isEqualTo(whole.save(a)));

        for (ArticlePart part : List.of(ArticlePart.QUOTES, ArticlePart.CLAIMS)) {
            List<ArticleStore.PartKey> all = whole.partKeys(part, null, 0, 100);
            assertThat(all).as(part + " of three articles").hasSize(part == ArticlePart.QUOTES ? 9 : 6);
            assertThat(store.countParts(part, null)).isEqualTo(all.size());
            for (int skip = 0; skip <= all.size(); skip++) {
                for (int count = 1; count <= 4; count++) {
                    assertThat(store.partKeys(part, null, skip, count)).as(part + " " + skip + "+" + count)
                            .isEqualTo(all.subList(skip, Math.min(all.size(), skip + count)));
                }
            }
        }
        for (Set<String> outlets : java.util.Arrays.<Set<String>>asList(null, Set.of("Wire"), Set.of("Wire", "Kyiv Independent"), Set.of())) {
            for (ArticleStatus status : java.util.Arrays.asList(null, ArticleStatus.OK, ArticleStatus.FAILED)) {
                List<Long> picked = whole.articleIds(outlets, status, 0, 100);
                assertThat(store.countArticles(outlets, status)).as(outlets + " " + status).isEqualTo(picked.size());
                for (int skip = 0; skip <= picked.size(); skip++) {
                    assertThat(store.articleIds(outlets, status, skip, 2)).as(outlets + " " + status + " from " + skip)
                            .isEqualTo(picked.subList(skip, Math.min(picked.size(), skip + 2)));
                }
            }
        }
        assertThat(whole.articleIds(Set.of("Wire"), ArticleStatus.OK, 0, 100)).hasSize(2);
        assertThat(store.articles(List.of(1L, 5L), EnumSet.of(ArticlePart.QUOTES)).get(1).article().quotes())
                .isEqualTo(articles.get(4).quotes());
    }

    @Test
    void createsTheDirectoryAndDatabaseInWalMode() throws Exception {
        assertThat(dir.resolve(Database.FILE)).isRegularFile();
        assertThat(Sql.text(dir, "PRAGMA journal_mode")).isEqualTo("wal");
    }

    @Test
    void roundTripsARichArticleExceptItsRawBody() {
        AnalyzedArticle rich = SampleArticles.rich("nato.html");

        long id = store.save(rich);

        assertThat(store.articles()).containsExactly(new StoredArticle(id, asStored(rich)));
    }

    @Test
    void roundTripsEventsWithTheirOrderParticipantsEvidencePlaceAndDateOrWhyTheyHaveNone() {
        AnalyzedArticle rich = SampleArticles.rich("nato.html");

        store.save(rich);

        AnalyzedArticle back = store.articles().get(0).article();
        assertThat(back.events()).isEqualTo(rich.events());
        assertThat(back.mainEvent()).contains(rich.events().get(0));
        assertThat(back.events().get(1).date().value()).isEqualTo("XXXX-04-20");
        assertThat(back.events().get(2).date().isKnown()).isFalse();
        assertThat(back.events().get(2).date().note()).isEqualTo("timed without a day (\"next year\")");
        assertThat(back.events().get(0).date().note()).isNull();
        assertThat(back.events().get(2).hasLocation()).isFalse();
    }

    @Test
    void roundTripsThePlacesOfEntitiesCountriesWithoutCoordinatesIncluded() {
        String text = "Talks in Lisbon, Portugal.";
        Place city = new Place(2267057, "Lisbon", "PT", 38.71667, -9.13333, 517802, "PPLC");
        Place country = new Place(2264397, "Portugal", "PT", Double.NaN, Double.NaN, 10328900, "PCLI");
        AnalyzedArticle placed = new AnalyzedArticle(SampleArticles.bare("p.txt", text).source(), SampleArticles.hash(text),
                ArticleStatus.OK, null, null, text, List.of(),
                List.of(new LocalEntity("Lisbon", EntityType.LOCATION, List.of(new Mention(new Span(9, 15), "Lisbon")), city),
                        new LocalEntity("Portugal", EntityType.LOCATION, List.of(new Mention(new Span(17, 25), "Portugal")), country)),
                List.of(), 6);

        store.save(placed);

        List<LocalEntity> back = store.articles().get(0).article().entities();
        assertThat(back).extracting(LocalEntity::place).containsExactly(city, country);
        assertThat(back.get(1).place().hasCoordinates()).isFalse();
    }

    @Test
    void roundTripsTheRolesOfEntitiesInOrder() {
        AnalyzedArticle rich = SampleArticles.rich("nato.html");

        store.save(rich);

        assertThat(store.articles().get(0).article().entities()).extracting(LocalEntity::roles)
                .containsExactly(List.of("president", "ukrainian leader"), List.of(), List.of(), List.of());
    }

    @Test
    void roundTripsAnArticleWithoutDateOrOptionalMetadata() {
        AnalyzedArticle bare = SampleArticles.bare("bare.txt", "Nothing dated here.");

        long id = store.save(bare);

        StoredArticle back = store.articles().get(0);
        assertThat(back).isEqualTo(new StoredArticle(id, asStored(bare)));
        assertThat(back.article().source().published().isKnown()).isFalse();
    }

    @Test
    void roundTripsFailedAndDuplicateArticles() {
        long original = store.save(SampleArticles.bare("a.txt", "Same words."));
        AnalyzedArticle copy = SampleArticles.duplicate("b.txt", "Same words.", original);
        AnalyzedArticle failed = SampleArticles.failed("c.txt", "Too much.");

        long copyId = store.save(copy);
        long failedId = store.save(failed);

        assertThat(store.articles()).extracting(StoredArticle::id, StoredArticle::article).containsExactly(
                tuple(original, asStored(SampleArticles.bare("a.txt", "Same words."))),
                tuple(copyId, asStored(copy)),
                tuple(failedId, asStored(failed)));
    }

    @Test
    void roundTripsHostileText() {
        List<String> texts = List.of("", "nul\u0000inside", "bom\ufeff first", "rtl \u202e override",
                "quote ' \" ; -- DROP TABLE articles;", "long ".repeat(200_000));
        List<AnalyzedArticle> saved = IntStream.range(0, texts.size())
                .mapToObj(i -> SampleArticles.bare("hostile-" + i, texts.get(i))).toList();

        saved.forEach(store::save);

        assertThat(store.articles()).extracting(StoredArticle::article)
                .containsExactlyElementsOf(saved.stream().map(SampleArticles::asStored).toList());
    }

    @Test
    void unpairedSurrogatesComeBackAsQuestionMarksSoSpansStayValid() {
        // SQLite keeps text as UTF-8, which cannot hold an unpaired surrogate; the driver writes '?'.
        store.save(SampleArticles.bare("broken.txt", "half \ud83d of an emoji"));

        assertThat(store.articles().get(0).article().text()).isEqualTo("half ? of an emoji");
    }

    @Test
    void findsAnArticleByContentAndSourceOnly() {
        AnalyzedArticle article = SampleArticles.rich("nato.html");
        long id = store.save(article);

        assertThat(store.find(article.contentHash(), "nato.html")).contains(new Known(id, ArticleStatus.OK));
        assertThat(store.find(article.contentHash(), "other.html")).isEmpty();
        assertThat(store.find(SampleArticles.hash("other content"), "nato.html")).isEmpty();
    }

    @Test
    void keepsTheSameContentFromTwoSourcesAsTwoRows() {
        long first = store.save(SampleArticles.rich("monday.html"));
        long second = store.save(SampleArticles.rich("tuesday.html"));

        assertThat(second).isGreaterThan(first);
        assertThat(store.articles()).extracting(s -> s.article().source().sourceKey())
                .containsExactly("monday.html", "tuesday.html");
    }

    @Test
    void firstWithContentIsTheLowestOkId() {
        String content = "Shared story.";
        store.save(SampleArticles.failed("failed.txt", content));
        long firstOk = store.save(SampleArticles.bare("one.txt", content));
        store.save(SampleArticles.duplicate("copy.txt", content, firstOk));
        store.save(SampleArticles.bare("two.txt", content));

        assertThat(store.firstWithContent(SampleArticles.hash(content))).contains(firstOk);
    }

    @Test
    void firstWithContentIgnoresFailedAndUnknownContent() {
        store.save(SampleArticles.failed("failed.txt", "Broken story."));

        assertThat(store.firstWithContent(SampleArticles.hash("Broken story."))).isEmpty();
        assertThat(store.firstWithContent(SampleArticles.hash("never seen"))).isEmpty();
    }

    @Test
    void firstWithContentIsAnsweredFromThePartialIndex() throws Exception {
        String plan = Sql.text(dir, "EXPLAIN QUERY PLAN " + ArticleRowReader.FIRST_OK.replace("?", "'x'"), 4);

        assertThat(plan).contains("articles_ok_by_content");
    }

    @Test
    void replacesAFailedArticleWithItsPartsUnderANewId() throws Exception {
        AnalyzedArticle rich = SampleArticles.rich("nato.html");
        AnalyzedArticle failedWithParts = new AnalyzedArticle(rich.source(), rich.contentHash(), ArticleStatus.FAILED,
                "timed out", null, rich.text(), rich.removed(), rich.entities(), rich.timexes(), 0, List.of(), rich.quotes(),
                rich.claims(), rich.events());
        long failedId = store.save(failedWithParts);

        long id = store.save(rich);

        assertThat(id).isGreaterThan(failedId);
        assertThat(store.find(rich.contentHash(), "nato.html")).contains(new Known(id, ArticleStatus.OK));
        assertThat(store.articles()).containsExactly(new StoredArticle(id, asStored(rich)));
        assertThat(Sql.count(dir, "SELECT count(*) FROM mentions WHERE article_id = " + failedId)).isZero();
        assertThat(Sql.count(dir, "SELECT count(*) FROM removed WHERE article_id = " + failedId)).isZero();
        assertThat(Sql.count(dir, "SELECT count(*) FROM claims WHERE article_id = " + failedId)).isZero();
        assertThat(Sql.count(dir, "SELECT count(*) FROM events WHERE article_id = " + failedId)).isZero();
        assertThat(Sql.count(dir, "SELECT count(*) FROM event_participants WHERE article_id = " + failedId)).isZero();
    }

    @Test
    void refusesToSaveTheSameContentAndSourceTwice() {
        AnalyzedArticle article = SampleArticles.rich("nato.html");
        long id = store.save(article);

        assertThatThrownBy(() -> store.save(article))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nato.html")
                .hasMessageContaining("a" + id)
                .hasMessageContaining("find()");
        assertThat(store.articles()).hasSize(1);
    }

    @Test
    void refusesToReplaceADuplicate() {
        long original = store.save(SampleArticles.bare("a.txt", "Same words."));
        store.save(SampleArticles.duplicate("b.txt", "Same words.", original));

        assertThatThrownBy(() -> store.save(SampleArticles.bare("b.txt", "Same words.")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("duplicate");
    }

    @Test
    void anArticleThatBreaksTheSchemaMidwayIsNotStoredAtAll() throws Exception {
        AnalyzedArticle rich = SampleArticles.rich("nato.html");
        AnalyzedArticle broken = SampleArticles.withMention(rich, new Mention(new Span(0, 3), null));

        assertThatThrownBy(() -> store.save(broken))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("nato.html")
                .hasMessageContaining("mentions.text");

        assertNothingStored(rich);
        assertThat(store.save(rich)).isPositive();
    }

    @Test
    void anArticleThatThrowsMidwayIsNotStoredAtAll() throws Exception {
        AnalyzedArticle rich = SampleArticles.rich("nato.html");
        AnalyzedArticle broken = SampleArticles.withMention(rich, new Mention(null, "no span"));

        assertThatThrownBy(() -> store.save(broken)).isInstanceOf(NullPointerException.class);

        assertNothingStored(rich);
        assertThat(store.save(rich)).isPositive();
    }

    @Test
    void aFailedReplacementKeepsTheFailedArticle() {
        AnalyzedArticle rich = SampleArticles.rich("nato.html");
        long failedId = store.save(AnalyzedArticle.failed(rich.source(), rich.contentHash(), "timed out"));

        assertThatThrownBy(() -> store.save(SampleArticles.withMention(rich, new Mention(new Span(0, 1), null))))
                .isInstanceOf(StoreException.class);

        assertThat(store.find(rich.contentHash(), "nato.html")).contains(new Known(failedId, ArticleStatus.FAILED));
    }

    @Test
    void recordsEachRejectionOnceInTheOrderFirstSeen() throws Exception {
        Rejection empty = new Rejection("empty.txt", "no text");
        Rejection binary = new Rejection("photo.jpg", "not text: binary content");
        store.recordRejection(empty);
        store.recordRejection(binary);
        Thread.sleep(20);

        store.recordRejection(empty);

        assertThat(store.rejections()).containsExactly(empty, binary);
        assertThat(Sql.text(dir, "SELECT last_seen > first_seen FROM rejections WHERE input = 'empty.txt'"))
                .isEqualTo("1");
    }

    @Test
    void keepsOneInputRejectedForTwoReasonsTwice() {
        Rejection tooShort = new Rejection("a.jsonl:3", "text too short");
        Rejection noId = new Rejection("a.jsonl:3", "missing id");

        store.recordRejection(tooShort);
        store.recordRejection(noId);

        assertThat(store.rejections()).containsExactly(tooShort, noId);
    }

    @Test
    void keepsEverythingAcrossReopening() {
        long id = store.save(SampleArticles.rich("nato.html"));
        store.recordRejection(new Rejection("empty.txt", "no text"));
        store.close();

        store = SqliteArticleStore.open(dir);

        assertThat(store.articles()).containsExactly(new StoredArticle(id, asStored(SampleArticles.rich("nato.html"))));
        assertThat(store.rejections()).containsExactly(new Rejection("empty.txt", "no text"));
    }

    @Test
    void savesManyArticlesInIdOrder() {
        List<AnalyzedArticle> series = IntStream.range(0, 50).mapToObj(SampleArticles::numbered).toList();
        series.forEach(store::save);

        assertThat(store.articles()).extracting(StoredArticle::article)
                .containsExactlyElementsOf(series.stream().map(SampleArticles::asStored).toList());
    }

    @Test
    void refusesUseAfterCloseAndClosesTwiceQuietly() {
        store.close();
        store.close();

        assertThatThrownBy(() -> store.articles())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.toString());
    }

    private void assertNothingStored(AnalyzedArticle article) throws Exception {
        assertThat(store.find(article.contentHash(), article.source().sourceKey())).isEqualTo(Optional.empty());
        assertThat(store.articles()).isEmpty();
        for (String table : List.of("articles", "removed", "entities", "mentions", "timexes", "claims", "events",
                "event_participants", "event_evidence")) {
            assertThat(Sql.count(dir, "SELECT count(*) FROM " + table)).as(table).isZero();
        }
    }
}
