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
    private static final EntityResolver RESOLVER = new EntityResolver();

    @Test
    void linksTheSameFullNameAndTypeAcrossArticles() {
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, person("Anna Kowalska", "Kowalska")),
                article(2, person("anna kowalska"))));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.members()).hasSize(2);
            assertThat(e.aliases()).containsExactly("Kowalska", "anna kowalska");
        });
    }

    @Test
    void linksOneLongNameWhateverTheTypesTheRecogniserGaveIt() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, org("Harbour Authority"), org("Harbour Authority")),
                article(2, location("Harbour Authority"))))).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void namesWithoutLettersAreNeverJoinedAsSpellingsOfOne() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, org("—"), person("…"), location("“”")),
                article(2, org("***"), person("-"), location("")))))
                .hasSize(6);
    }

    @Test
    void keepsPeopleWhoShareOnlyASurnameApart() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, person("Anna Kowalska")),
                article(2, person("Ewa Kowalska"))))).hasSize(2);
    }

    @Test
    void aSurnameKeepsItsParticle() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, person("Ian St. John")),
                article(2, person("Ian John"))))).hasSize(2);
        assertThat(RESOLVER.resolve(List.of(
                article(1, person("Marta van Dijk")),
                article(2, person("Marta Dijk"))))).hasSize(2);
    }

    @Test
    void keepsPeopleWhoShareOnlyAGivenNameApart() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, person("Oleksandr Marchenko")),
                article(2, person("Oleksandr Bondarenko"))))).hasSize(2);
    }

    @Test
    void linksRomanisationsOfOneSurnameAndOneGivenName() {
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, person("Oleksandr Kovalskyy", "Kovalskyy")),
                article(2, person("Aleksandr Kovalsky")),
                article(3, person("Kovalskiy")),
                article(4, person("Oleksandr Kovalskyy"))));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Oleksandr Kovalskyy");
            assertThat(e.aliases()).contains("Aleksandr Kovalsky", "Kovalskiy");
            assertThat(e.links()).isNotEmpty();
        });
    }

    @Test
    void aSurnameAloneJoinsThePersonWhoseNeighboursItShares() {
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, person("Maria Lindqvist"), org("Baltic Ferry Company")),
                article(2, person("Erik Lindqvist"), org("Nordic Chess Federation")),
                article(3, person("Lindqvist"), org("Nordic Chess Federation"))));
        assertThat(cluster(entities, "Erik Lindqvist").aliases()).contains("Lindqvist");
        assertThat(cluster(entities, "Maria Lindqvist").aliases()).doesNotContain("Lindqvist");
    }

    @Test
    void aSurnameAloneBetweenTwoNamesakesWithNoContextJoinsNeither() {
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, person("Maria Lindqvist")),
                article(2, person("Erik Lindqvist")),
                article(3, person("Lindqvist"))));
        assertThat(entities).hasSize(3);
    }

    @Test
    void aNicknameJoinsTheOnePersonItFitsButNotTwo() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, person("Robert Mayhew")),
                article(2, person("Bob Mayhew"))))).hasSize(1);
        assertThat(RESOLVER.resolve(List.of(
                article(1, person("Ronald Mayhew")),
                article(2, person("Aaron Mayhew")),
                article(3, person("Ron Mayhew"))))).hasSize(3);
    }

    @Test
    void aWrongGivenNameJoinsWhenRoleAndNeighboursAgree() {
        LocalEntity council = org("Pacific Fisheries Council");
        LocalEntity city = org("Harbour Authority");
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, withRole(person("Jonas Holmgren"), "secretary general"), council, city),
                article(2, withRole(person("Jonas Holmgren"), "secretary general"), council, city),
                article(3, withRole(person("Jasper Holmgren"), "secretary general"), council, city)));
        assertThat(cluster(entities, "Jonas Holmgren").aliases()).contains("Jasper Holmgren");
    }

    @Test
    void aWrongGivenNameWithoutTheRoleStaysApart() {
        LocalEntity council = org("Pacific Fisheries Council");
        LocalEntity city = org("Harbour Authority");
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, withRole(person("Jonas Holmgren"), "secretary general"), council, city),
                article(2, withRole(person("Jonas Holmgren"), "secretary general"), council, city),
                article(3, withRole(person("Jasper Holmgren"), "chief executive"), council, city)));
        assertThat(cluster(entities, "Jonas Holmgren").aliases()).doesNotContain("Jasper Holmgren");
    }

    @Test
    void aRareMisspellingJoinsTheWellAttestedNameBesideIt() {
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, person("Jonas Holmgren", "Holmgren", "Holmgren")),
                article(2, person("Jonas Holmgren", "Holmgren"), person("Holmgrem"))));
        assertThat(entities).singleElement().satisfies(e -> assertThat(e.links()).anyMatch(l -> l.startsWith("typo")));
    }

    @Test
    void shortNamesAreNeverTakenForTypos() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, person("Min-jun Kim", "Kim", "Kim")),
                article(2, person("Min-jun Kim"), person("Kin"))))).hasSize(2);
    }

    @Test
    void linksAnAcronymToTheOneNameItSpells() {
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, org("WMO")),
                article(2, org("World Meteorological Organization"))));
        assertThat(entities).singleElement().satisfies(e -> assertThat(e.name()).isIn("WMO", "World Meteorological Organization"));
    }

    @Test
    void anAcronymThatSpellsTwoNamesJoinsNeither() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, org("AMA")),
                article(2, org("American Medical Association")),
                article(3, org("American Marketing Association"))))).hasSize(3);
    }

    @Test
    void linksANameBeginningWithAnAcronymToItsSpelledOutForm() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, org("EU Fisheries Council")),
                article(2, org("European Union Fisheries Council"))))).hasSize(1);
    }

    @Test
    void linksAShortenedNameToTheLongerOneWithTheSameEnds() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, org("South Pacific Forum")),
                article(2, org("South Pacific Islands Forum"))))).hasSize(1);
    }

    @Test
    void aOneWordNameJoinsTheOrganisationOfItsArticleKnownByALongerNameEndingWithIt() {
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, org("IPCC", "Intergovernmental Panel"), org("UN")),
                article(2, org("IPCC"), org("Panel", "Panel"), org("WMO"))));
        assertThat(cluster(entities, "IPCC").aliases()).contains("Panel");
    }

    @Test
    void aOneWordNameWithTwoCandidatesInItsArticleJoinsNeither() {
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, org("UNSC", "Security Council"), org("EUCO", "European Council")),
                article(2, org("UNSC"), org("EUCO"), org("Council"))));
        assertThat(entities).hasSize(3);
    }

    @Test
    void aFirmWithAndWithoutItsLegalFormIsOneFirm() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, org("Harbor Foods Inc.")),
                article(2, org("Harbor Foods")),
                article(3, org("Harbor Foods Group"))))).hasSize(1);
    }

    @Test
    void aOneWordFirmNameJoinsTheOneLongerNameBeginningWithIt() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, org("Quillon")),
                article(2, org("Quillon Aerospace"))))).hasSize(1);
        assertThat(RESOLVER.resolve(List.of(
                article(1, org("Quillon")),
                article(2, org("Quillon Aerospace")),
                article(3, org("Quillon Pharma"))))).hasSize(3);
    }

    @Test
    void linksAPlacesAcronymToItsName() {
        assertThat(RESOLVER.resolve(List.of(
                article(1, location("UAE")),
                article(2, location("United Arab Emirates"))))).hasSize(1);
    }

    @Test
    void linksAPlaceNameToTheOneFacilityNamedAfterIt() {
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, location("Akrotiri Air Base")),
                article(2, location("Akrotiri")),
                article(3, location("Akrotirri"))));
        assertThat(entities).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Akrotiri Air Base"));
    }

    @Test
    void linksSpellingsOfOnePlaceUnderTheGazetteersName() {
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
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
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(1, new LocalEntity("Lisbon", EntityType.LOCATION, mentions("Lisbon"), LISBON)),
                article(2, new LocalEntity("Porto", EntityType.LOCATION, mentions("Porto"), PORTO))));
        assertThat(entities).extracting(EntityCluster::place).containsExactly(LISBON, PORTO);
    }

    @Test
    void membersPointAtTheirArticleAndPosition() {
        List<EntityCluster> entities = RESOLVER.resolve(List.of(
                article(7, org("Harbour Authority"), person("Anna Kowalska"))));
        assertThat(cluster(entities, "Anna Kowalska").members()).extracting(r -> r.article() + ":" + r.index())
                .containsExactly("7:1");
    }

    private static EntityCluster cluster(List<EntityCluster> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no entity " + name + " in " + entities));
    }

    private static LocalEntity person(String... mentions) {
        return new LocalEntity(mentions[0], EntityType.PERSON, mentions(mentions));
    }

    private static LocalEntity org(String... mentions) {
        return new LocalEntity(mentions[0], EntityType.ORGANIZATION, mentions(mentions));
    }

    private static LocalEntity location(String... mentions) {
        return new LocalEntity(mentions[0], EntityType.LOCATION, mentions(mentions));
    }

    private static LocalEntity withRole(LocalEntity e, String role) {
        return e.with(e.mentions(), List.of(role));
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

    private static StoredArticle article(long id, LocalEntity... entities) {
        ArticleSource source = new ArticleSource("a" + id + ".txt", "a" + id + ".txt", SourceFormat.TEXT, "T", "b", null,
                null, Basis.NONE, PublicationDate.none(), "en");
        return new StoredArticle(id, new AnalyzedArticle(source, "h" + id, ArticleStatus.OK, null, null, "text",
                List.of(), List.of(entities), List.of(), 1));
    }
}
