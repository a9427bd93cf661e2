package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.StoredArticle;

class EntityResolverTest {

    private static final Place LISBON = new Place(2267057, "Lisbon", "PT", 38.7, -9.1, 517802, "PPLC");
    private static final Place PORTO = new Place(2735943, "Porto", "PT", 41.1, -8.6, 249633, "PPLA");

    @Test
    void linksTheSameFullNameAndTypeAcrossArticles() {
        List<EntityCluster> entities = new EntityResolver().resolve(List.of(
                article(1, new LocalEntity("Anna Kowalska", EntityType.PERSON, mentions("Anna Kowalska", "Kowalska"))),
                article(2, new LocalEntity("anna kowalska", EntityType.PERSON, mentions("anna kowalska")))));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.members()).hasSize(2);
            assertThat(e.aliases()).containsExactly("Kowalska", "anna kowalska");
        });
    }

    @Test
    void keepsPeopleWhoShareOnlyASurnameApart() {
        List<EntityCluster> entities = new EntityResolver().resolve(List.of(
                article(1, new LocalEntity("Anna Kowalska", EntityType.PERSON, mentions("Anna Kowalska"))),
                article(2, new LocalEntity("Ewa Kowalska", EntityType.PERSON, mentions("Ewa Kowalska")))));
        assertThat(entities).hasSize(2);
    }

    @Test
    void linksSpellingsOfOnePlaceUnderTheGazetteersName() {
        List<EntityCluster> entities = new EntityResolver().resolve(List.of(
                article(1, new LocalEntity("Lisboa", EntityType.LOCATION, mentions("Lisboa"), LISBON)),
                article(2, new LocalEntity("Lisbon", EntityType.LOCATION, mentions("Lisbon"), LISBON))));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Lisbon");
            assertThat(e.aliases()).containsExactly("Lisboa");
            assertThat(e.place()).isEqualTo(LISBON);
        });
    }

    @Test
    void neverLinksTwoPlaces() {
        List<EntityCluster> entities = new EntityResolver().resolve(List.of(
                article(1, new LocalEntity("Lisbon", EntityType.LOCATION, mentions("Lisbon"), LISBON)),
                article(2, new LocalEntity("Porto", EntityType.LOCATION, mentions("Porto"), PORTO))));
        assertThat(entities).extracting(EntityCluster::place).containsExactly(LISBON, PORTO);
    }

    private static List<Mention> mentions(String... texts) {
        int at = 0;
        List<Mention> mentions = new ArrayList<>();
        for (String t : texts) {
            mentions.add(new Mention(new Span(at, at + t.length()), t));
            at += t.length() + 1;
        }
        return mentions;
    }

    private static StoredArticle article(long id, LocalEntity entity) {
        ArticleSource source = new ArticleSource("a" + id + ".txt", "a" + id + ".txt", SourceFormat.TEXT, "T", "b", null,
                null, Basis.NONE, PublicationDate.none(), "en");
        return new StoredArticle(id, new AnalyzedArticle(source, "h" + id, ArticleStatus.OK, null, null, "text",
                List.of(), List.of(entity), List.of(), 1));
    }
}
