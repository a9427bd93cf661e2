package org.newsgraph.app.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.resolve.EntityIdKeeper;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.store.CorpusEntities;
import org.newsgraph.testkit.InMemoryArticleStore;

class EntityUpdaterTest {

    private final InMemoryArticleStore store = new InMemoryArticleStore();
    private final CorpusEntities table = store.corpusEntities();

    @Test
    void aFirstUpdateNumbersTheEntitiesFromOneInOrderOfFirstAppearance() {
        save("a", entity("NATO", EntityType.ORGANIZATION), entity("Jens Stoltenberg", EntityType.PERSON));

        EntityUpdate update = updater().update();

        assertThat(update).extracting(EntityUpdate::resolved, EntityUpdate::entities, EntityUpdate::merges)
                .containsExactly(true, 2, List.of());
        assertThat(table.entities()).extracting(CorpusEntity::id, e -> e.cluster().name())
                .containsExactly(tuple(1L, "NATO"), tuple(2L, "Jens Stoltenberg"));
        assertThat(table.isUpToDate()).isTrue();
    }

    @Test
    void anEntityThatGainsAnAliasInALaterArticleKeepsItsIdAndANewOneComesAfter() {
        save("a", entity("NATO", EntityType.ORGANIZATION), entity("Jens Stoltenberg", EntityType.PERSON));
        updater().update();
        long later = save("b", entity("Kyiv", EntityType.LOCATION), entity("Jens Stoltenberg", EntityType.PERSON, "Stoltenberg"));

        EntityUpdate update = updater().update();

        assertThat(update.entities()).isEqualTo(3);
        CorpusEntity jens = byName("Jens Stoltenberg");
        assertThat(jens.id()).isEqualTo(2);
        assertThat(jens.cluster().aliases()).containsExactly("Stoltenberg");
        assertThat(jens.cluster().members()).contains(new EntityRef(later, 1));
        assertThat(byName("Kyiv").id()).isEqualTo(3);
    }

    @Test
    void nothingNewStoredMeansNothingResolvedAgain() {
        save("a", entity("NATO", EntityType.ORGANIZATION));
        updater().update();
        store.save(AnalyzedArticle.failed(source("broken"), "h-broken", "timed out"));

        EntityUpdate update = updater().update();

        assertThat(update).extracting(EntityUpdate::resolved, EntityUpdate::entities, EntityUpdate::merges)
                .containsExactly(false, 1, List.of());
    }

    @Test
    void entitiesFoundToBeOneKeepTheOlderIdAndTheMergeIsRecorded() {
        long first = save("a", entity("NATO", EntityType.ORGANIZATION));
        long second = save("b", entity("NATO", EntityType.ORGANIZATION));
        // As an earlier resolver, which kept them apart, left the table:
        table.replace(List.of(cluster(1, "NATO", new EntityRef(first, 0)), cluster(2, "NATO", new EntityRef(second, 0))),
                List.of(), second);
        save("c", entity("NATO", EntityType.ORGANIZATION));

        EntityUpdate update = updater().update();

        assertThat(update.merges()).containsExactly(new EntityMerge(2, 1, "same name"));
        assertThat(table.entities()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(1);
            assertThat(e.cluster().members()).hasSize(3);
        });
        assertThat(table.merges()).containsExactly(new EntityMerge(2, 1, "same name"));
        assertThat(table.nextId()).isEqualTo(3);
    }

    @Test
    void aStoreWithoutArticlesHasNoEntities() {
        assertThat(updater().update()).extracting(EntityUpdate::resolved, EntityUpdate::entities, EntityUpdate::merges)
                .containsExactly(false, 0, List.of());
    }

    private EntityUpdater updater() {
        return new EntityUpdater(new EntityResolver(), new EntityIdKeeper(), store);
    }

    private CorpusEntity byName(String name) {
        return table.entities().stream().filter(e -> e.cluster().name().equals(name)).findFirst().orElseThrow();
    }

    private long save(String key, LocalEntity... entities) {
        return store.save(new AnalyzedArticle(source(key), "h-" + key, ArticleStatus.OK, null, null, "text of " + key,
                List.of(), List.of(entities), List.of(), 3));
    }

    private static CorpusEntity cluster(long id, String name, EntityRef member) {
        return new CorpusEntity(id, new EntityCluster(name, EntityType.ORGANIZATION, null, List.of(), List.of(member),
                List.of()));
    }

    private static LocalEntity entity(String name, EntityType type, String... otherForms) {
        List<Mention> mentions = new ArrayList<>(List.of(new Mention(new Span(0, name.length()), name)));
        for (String form : otherForms) {
            mentions.add(new Mention(new Span(0, form.length()), form));
        }
        return new LocalEntity(name, type, mentions);
    }

    private static ArticleSource source(String key) {
        return new ArticleSource(key + ".txt", key + ".txt", SourceFormat.TEXT, "T", "body", null, null, Basis.NONE,
                PublicationDate.none(), "en");
    }
}
