package org.newsgraph.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.NlpStage;
import org.newsgraph.claim.ClaimExtractor;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.Span;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.event.EventExtractor;
import org.newsgraph.quote.QuoteFinder;
import org.newsgraph.temporal.TimexNormalizer;
import org.newsgraph.testkit.FakeNlpAnnotator;

class LocalEntitiesTest {

    @Test
    void runsTheStagesTheProductRecipeRunsAfterTheRecogniser() {
        List<Stage> analysis = Newsgraph.recipe(text -> Optional.of("en"), FakeNlpAnnotator.plain()).analysis().stages();
        int recogniser = analysis.indexOf(analysis.stream().filter(s -> s instanceof NlpStage).findFirst().orElseThrow());

        assertThat(LocalEntities.afterRecogniser()).extracting(Stage::name)
                .as("LocalEntities.afterRecogniser must follow Newsgraph.recipe")
                .containsExactlyElementsOf(analysis.subList(recogniser + 1, analysis.size()).stream()
                        .filter(s -> !(s instanceof TimexNormalizer)) // time expressions: no entity changes
                        .filter(s -> !(s instanceof ClaimExtractor)) // claims: no entity changes
                        .filter(s -> !(s instanceof QuoteFinder)) // quotes: no entity changes
                        .filter(s -> !(s instanceof EventExtractor)) // events: no entity changes
                        .map(Stage::name).toList());
    }

    @Test
    void groupsAnArticlesNamesAndLocatesItsPlaces() {
        String text = "Anna Kowalska flew to Lisbon . Kowalska said so .";
        List<StoredArticle> articles = LocalEntities.of(List.of(new LocalEntities.Input("a", text, List.of(
                new NameMention(new Span(0, 13), "Anna Kowalska", EntityType.PERSON, 0),
                new NameMention(new Span(22, 28), "Lisbon", EntityType.LOCATION, 0),
                new NameMention(new Span(31, 39), "Kowalska", EntityType.PERSON, 1)))));

        List<LocalEntity> entities = articles.get(0).article().entities();
        assertThat(articles.get(0).id()).isEqualTo(1);
        assertThat(entities).extracting(LocalEntity::name).containsExactly("Anna Kowalska", "Lisbon");
        assertThat(entities.get(0).mentions()).hasSize(2);
        assertThat(entities.get(1).place().countryCode()).isEqualTo("PT");
    }
}
