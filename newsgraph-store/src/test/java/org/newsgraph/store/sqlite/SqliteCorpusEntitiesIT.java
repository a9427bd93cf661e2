package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Place;
import org.newsgraph.store.CorpusEntities;
import org.newsgraph.store.StoreException;

/** Corpus entities in a real SQLite file: replaced whole or not at all, ids never reused, kept across reopening. */
class SqliteCorpusEntitiesIT {

    private static final Place VILNIUS = new Place(593116, "Vilnius", "LT", 54.68916, 25.2798, 542366, "PPLC");

    @TempDir
    Path temp;

    private Path dir;
    private SqliteArticleStore store;
    private CorpusEntities entities;
    private long nato;
    private long kyiv;

    @BeforeEach
    void open() {
        dir = temp.resolve("store");
        store = SqliteArticleStore.open(dir);
        entities = store.corpusEntities();
        nato = store.save(SampleArticles.rich("nato.html"));
        kyiv = store.save(SampleArticles.numbered(1));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStoreNeverResolvedHasNoEntitiesCountsFromOneAndIsBehindItsArticles() {
        assertThat(entities.count()).isZero();
        assertThat(entities.entities()).isEmpty();
        assertThat(entities.assignment()).isEmpty();
        assertThat(entities.merges()).isEmpty();
        assertThat(entities.nextId()).isEqualTo(1);
        assertThat(entities.isUpToDate()).isFalse();
    }

    @Test
    void roundTripsEntitiesWithPlacesAliasesMembersAndLinksInIdOrder() {
        List<CorpusEntity> table = List.of(
                entity(3, "Volodymyr Zelensky", EntityType.PERSON, null, List.of("Zelensky"),
                        List.of("title: Ukrainian president"), ref(nato, 0)),
                entity(1, "Vilnius", EntityType.LOCATION, VILNIUS, List.of(), List.of(), ref(nato, 2)),
                entity(2, "Łukasiewicz “Ana”", EntityType.PERSON, null, List.of("Ana Łukasiewicz", "Łukasiewicz"),
                        List.of(), ref(nato, 3)));

        entities.replace(table, List.of(), kyiv);

        assertThat(entities.entities()).containsExactly(table.get(1), table.get(2), table.get(0));
        assertThat(entities.assignment()).isEqualTo(Map.of(ref(nato, 0), 3L, ref(nato, 2), 1L, ref(nato, 3), 2L));
        assertThat(entities.count()).isEqualTo(3);
        assertThat(entities.nextId()).isEqualTo(4);
    }

    @Test
    void aReplacementBringsTheTableUpToDateUntilAnArticleWithEntitiesIsStored() {
        entities.replace(List.of(entity(1, "Kyiv", EntityType.LOCATION, null, List.of(), List.of(), ref(kyiv, 0))),
                List.of(), kyiv);
        assertThat(entities.isUpToDate()).isTrue();

        store.save(SampleArticles.bare("no-names.txt", "Nothing named here."));
        assertThat(entities.isUpToDate()).as("an article without entities changes nothing").isTrue();

        store.save(SampleArticles.numbered(2));
        assertThat(entities.isUpToDate()).isFalse();
    }

    @Test
    void summariesCountArticlesAndMentionsOfTheMembers() {
        long kyivAgain = store.save(SampleArticles.numbered(2));
        entities.replace(List.of(
                entity(1, "Kyiv", EntityType.LOCATION, null, List.of("Kiev"), List.of(), ref(kyiv, 0), ref(kyivAgain, 0)),
                entity(2, "Ana Łukasiewicz", EntityType.PERSON, null, List.of(), List.of(), ref(nato, 3))),
                List.of(), kyivAgain);

        assertThat(entities.summaries()).containsExactly(
                new EntitySummary(1, "Kyiv", EntityType.LOCATION, List.of("Kiev"), 2, 2),
                new EntitySummary(2, "Ana Łukasiewicz", EntityType.PERSON, List.of(), 1, 2));
    }

    @Test
    void findsEntitiesByFoldedWordsFromTheStartOfAWordOfTheirNameOrAnAliasAndSummarisesThemAlone() {
        long kyivAgain = store.save(SampleArticles.numbered(2));
        entities.replace(List.of(
                entity(1, "Kyiv", EntityType.LOCATION, null, List.of("Kiev"), List.of(), ref(kyiv, 0), ref(kyivAgain, 0)),
                entity(2, "Ana Łukasiewicz", EntityType.PERSON, null, List.of("O’Brien-Ana"), List.of(), ref(nato, 3))),
                List.of(), kyivAgain);

        assertThat(entities.named("lukasiewicz")).containsExactly(2L);
        assertThat(entities.named("ana luk")).as("the last word cut short").containsExactly(2L);
        assertThat(entities.named("o brien ana")).as("an alias, punctuation as spaces").containsExactly(2L);
        assertThat(entities.named("ki")).containsExactly(1L);
        assertThat(entities.named("kasiewicz")).as("not from within a word").isEmpty();
        assertThat(entities.summaries(List.of(2L, 9L))).containsExactly(
                new EntitySummary(2, "Ana Łukasiewicz", EntityType.PERSON, List.of("O’Brien-Ana"), 1, 2));
    }

    @Test
    void findsEntitiesByWholeWordsOnlyForTheResolution() {
        long kyivAgain = store.save(SampleArticles.numbered(2));
        entities.replace(List.of(
                entity(1, "Kyiv", EntityType.LOCATION, null, List.of("Kiev"), List.of(), ref(kyiv, 0), ref(kyivAgain, 0)),
                entity(2, "Ana Łukasiewicz", EntityType.PERSON, null, List.of("O’Brien-Ana"), List.of(), ref(nato, 3)),
                entity(3, "Ana Lukas", EntityType.PERSON, null, List.of(), List.of(), ref(nato, 2))),
                List.of(), kyivAgain);

        assertThat(entities.withWords("lukasiewicz", 50)).containsExactly(2L);
        assertThat(entities.withWords("ana", 50)).as("a first word, then more").containsExactly(2L, 3L);
        assertThat(entities.withWords("ana", 1)).as("the oldest first").containsExactly(2L);
        assertThat(entities.withWords("lukas", 50)).as("not the start of a longer word").containsExactly(3L);
        assertThat(entities.withWords("ki", 50)).isEmpty();
        assertThat(entities.withWords("o brien ana", 50)).as("an alias, punctuation as spaces").containsExactly(2L);
        assertThat(entities.withWords("brien", 50)).as("an alias's inner word").containsExactly(2L);
    }

    @Test
    void anExtensionMovesTheMembersOfAMergedEntityGrowsOneAddsOneAndLeavesTheOthersAsTheyWere() {
        long kyivAgain = store.save(SampleArticles.numbered(2));
        entities.replace(List.of(
                entity(1, "NATO", EntityType.ORGANIZATION, null, List.of(), List.of(), ref(nato, 1)),
                entity(2, "Alliance", EntityType.ORGANIZATION, null, List.of(), List.of(), ref(nato, 2)),
                entity(3, "Ana Łukasiewicz", EntityType.PERSON, null, List.of(), List.of(), ref(nato, 3))),
                List.of(), nato, 7);

        entities.extend(List.of(
                entity(1, "NATO", EntityType.ORGANIZATION, null, List.of("Alliance"), List.of("test: the alliance"),
                        ref(kyiv, 0)),
                entity(4, "Kyiv", EntityType.LOCATION, null, List.of(), List.of(), ref(kyivAgain, 0))),
                List.of(new EntityMerge(2, 1, "test: the alliance")), kyivAgain);

        assertThat(entities.entities()).containsExactly(
                entity(1, "NATO", EntityType.ORGANIZATION, null, List.of("Alliance"), List.of("test: the alliance"),
                        ref(nato, 1), ref(nato, 2), ref(kyiv, 0)),
                entity(3, "Ana Łukasiewicz", EntityType.PERSON, null, List.of(), List.of(), ref(nato, 3)),
                entity(4, "Kyiv", EntityType.LOCATION, null, List.of(), List.of(), ref(kyivAgain, 0)));
        assertThat(entities.named("alliance")).containsExactly(1L);
        assertThat(entities.named("kyiv")).containsExactly(4L);
        assertThat(entities.merges()).containsExactly(new EntityMerge(2, 1, "test: the alliance"));
        assertThat(entities.nextId()).isEqualTo(5);
        assertThat(entities.resolvedThrough()).isEqualTo(kyivAgain);
        assertThat(entities.rules()).as("kept from the replacement").isEqualTo(7);
        assertThat(entities.latestMembers(List.of(1L, 9L), 2)).isEqualTo(Map.of(1L, List.of(ref(kyiv, 0), ref(nato, 2))));
        assertThat(entities.isUpToDate()).isTrue();
    }

    @Test
    void anExtensionThatWouldReuseARetiredIdWritesNothing() {
        entities.replace(List.of(
                entity(1, "NATO", EntityType.ORGANIZATION, null, List.of(), List.of(), ref(nato, 1)),
                entity(2, "Kyiv", EntityType.LOCATION, null, List.of(), List.of(), ref(kyiv, 0))), List.of(), kyiv);
        entities.extend(List.of(), List.of(new EntityMerge(2, 1, "test")), kyiv);

        assertThatThrownBy(() -> entities.extend(List.of(entity(2, "Kyiv", EntityType.LOCATION, null, List.of(),
                List.of(), ref(nato, 2))), List.of(), kyiv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never reused");
        assertThat(entities.entities()).extracting(CorpusEntity::id).containsExactly(1L);
        assertThat(entities.assignment()).isEqualTo(Map.of(ref(nato, 1), 1L, ref(kyiv, 0), 1L));
    }

    @Test
    void entitiesStoredBeforeNamesWereIndexedAreFoundByReadingThemAll() throws Exception {
        entities.replace(List.of(entity(1, "Ana Łukasiewicz", EntityType.PERSON, null, List.of(), List.of(),
                ref(nato, 3))), List.of(), nato);
        Sql.execute(dir, "DELETE FROM corpus_entity_words");

        assertThat(entities.named("ana lukasiewicz")).containsExactly(1L);
    }

    @Test
    void aMergeRetiresTheNewerIdForGoodAndIsRecordedWithItsReason() throws Exception {
        entities.replace(List.of(
                entity(1, "NATO", EntityType.ORGANIZATION, null, List.of(), List.of(), ref(nato, 1)),
                entity(2, "Kyiv", EntityType.LOCATION, null, List.of(), List.of(), ref(kyiv, 0))), List.of(), kyiv);

        entities.replace(List.of(entity(1, "NATO", EntityType.ORGANIZATION, null, List.of(), List.of(),
                ref(nato, 1), ref(kyiv, 0))), List.of(new EntityMerge(2, 1, "test: one after all")), kyiv);

        assertThat(entities.merges()).containsExactly(new EntityMerge(2, 1, "test: one after all"));
        assertThat(entities.nextId()).isEqualTo(3);
        assertThat(Sql.text(dir, "SELECT at FROM corpus_entity_merges")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThatThrownBy(() -> entities.replace(List.of(
                entity(1, "NATO", EntityType.ORGANIZATION, null, List.of(), List.of(), ref(nato, 1)),
                entity(2, "Kyiv", EntityType.LOCATION, null, List.of(), List.of(), ref(kyiv, 0))), List.of(), kyiv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id 2", "never reused");
        assertThat(entities.assignment()).containsOnlyKeys(ref(nato, 1), ref(kyiv, 0)).containsValue(1L);
    }

    @Test
    void aReplacementThatFailsMidwayLeavesThePreviousTableMergesAndCounterIntact() throws Exception {
        List<CorpusEntity> before = List.of(
                entity(1, "NATO", EntityType.ORGANIZATION, null, List.of("the alliance"), List.of(), ref(nato, 1)),
                entity(2, "Kyiv", EntityType.LOCATION, null, List.of(), List.of(), ref(kyiv, 0)));
        entities.replace(before, List.of(), nato);

        // The second entity names a single-article entity that was never stored: the foreign key fails.
        assertThatThrownBy(() -> entities.replace(List.of(
                entity(1, "NATO", EntityType.ORGANIZATION, null, List.of(), List.of(), ref(nato, 1), ref(kyiv, 0)),
                entity(5, "Ghost", EntityType.MISC, null, List.of("spectre"), List.of(), ref(nato, 99))),
                List.of(new EntityMerge(2, 1, "same name")), kyiv))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("replacing the entities in store " + dir)
                .hasMessageContaining("FOREIGN KEY");

        assertThat(entities.entities()).isEqualTo(before);
        assertThat(entities.merges()).isEmpty();
        assertThat(entities.nextId()).isEqualTo(3);
        assertThat(entities.isUpToDate()).isFalse();
        assertThat(Sql.count(dir, "SELECT count(*) FROM corpus_entity_aliases")).isEqualTo(1);
    }

    @Test
    void idsMergesAndTheCounterSurviveClosingAndReopening() {
        entities.replace(List.of(
                entity(1, "NATO", EntityType.ORGANIZATION, null, List.of(), List.of(), ref(nato, 1)),
                entity(2, "Kyiv", EntityType.LOCATION, null, List.of(), List.of(), ref(kyiv, 0))), List.of(), kyiv);
        List<CorpusEntity> after = List.of(
                entity(1, "NATO", EntityType.ORGANIZATION, null, List.of(), List.of(), ref(nato, 1), ref(kyiv, 0)),
                entity(3, "Vilnius", EntityType.LOCATION, VILNIUS, List.of(), List.of(), ref(nato, 2)));
        entities.replace(after, List.of(new EntityMerge(2, 1, "same name")), kyiv);
        store.close();

        store = SqliteArticleStore.open(dir);
        entities = store.corpusEntities();

        assertThat(entities.entities()).isEqualTo(after);
        assertThat(entities.merges()).containsExactly(new EntityMerge(2, 1, "same name"));
        assertThat(entities.nextId()).isEqualTo(4);
        assertThat(entities.isUpToDate()).isTrue();
    }

    @Test
    void membersGoWithTheArticleWhenAFailedArticleIsReplaced() {
        AnalyzedArticle rich = SampleArticles.rich("other.html");
        long failed = store.save(new AnalyzedArticle(rich.source(), rich.contentHash(), ArticleStatus.FAILED, "timed out",
                null, rich.text(), rich.removed(), rich.entities(), rich.timexes(), 0));
        entities.replace(List.of(entity(1, "NATO", EntityType.ORGANIZATION, null, List.of(), List.of(),
                ref(nato, 1), ref(failed, 1))), List.of(), failed);

        long replaced = store.save(rich);

        assertThat(entities.assignment()).containsOnlyKeys(ref(nato, 1));
        assertThat(entities.summaries()).singleElement().satisfies(s -> assertThat(s.articles()).isEqualTo(1));
        assertThat(replaced).isGreaterThan(failed);
        assertThat(entities.isUpToDate()).isFalse();
    }

    @Test
    void refusesUseAfterClose() {
        CorpusEntities kept = store.corpusEntities();
        store.close();

        assertThatThrownBy(kept::count).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    private static CorpusEntity entity(long id, String name, EntityType type, Place place, List<String> aliases,
            List<String> links, EntityRef... members) {
        return new CorpusEntity(id, new EntityCluster(name, type, place, aliases, List.of(members), links));
    }

    private static EntityRef ref(long article, int index) {
        return new EntityRef(article, index);
    }
}
