package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

class PlaceTyperTest {

    private static final EntityType PERSON = EntityType.PERSON;
    private static final EntityType LOCATION = EntityType.LOCATION;

    private final PlaceTyper typer = new PlaceTyper(Gazetteer.geonames(), PlaceTyperConfig.defaults());

    @Test
    void aPersonTaggedCityAfterInBecomesAPlaceWithCoordinates() {
        LocalEntity kyiv = only(type("Sirens sounded in Kyiv on Monday.", name("Kyiv", PERSON)));
        assertThat(kyiv.type()).isEqualTo(LOCATION);
        assertThat(kyiv.place().countryCode()).isEqualTo("UA");
        assertThat(kyiv.place().hasCoordinates()).isTrue();
    }

    @Test
    void oneLocationTagRetypesTheWholeEntity() {
        List<LocalEntity> entities = type("Kyiv said no. Kyiv waited. Officials in Kyiv.",
                name("Kyiv", PERSON), name("Kyiv", PERSON), name("Kyiv", LOCATION));
        LocalEntity kyiv = only(entities);
        assertThat(kyiv.mentions()).hasSize(3);
        assertThat(kyiv.type()).isEqualTo(LOCATION);
    }

    @Test
    void aLocationTagOnAnotherSpellingIsEvidenceToo() {
        LocalEntity city = only(type("The talks, held at the palace, ended. Kiev agreed.", name("Kiev", LOCATION)));
        assertThat(city.place().geonameId()).isEqualTo(703448);
    }

    @Test
    void aCountryAfterACueIsAPlace() {
        LocalEntity germany = only(type("She flew to Germany.", name("Germany", EntityType.MISC)));
        assertThat(germany.type()).isEqualTo(LOCATION);
        assertThat(germany.place().isCountry()).isTrue();
    }

    @Test
    void theCapitalWithACommaIsACue() {
        assertThat(only(type("They reached the capital, Lisbon, at dawn.", name("Lisbon", PERSON))).type())
                .isEqualTo(LOCATION);
    }

    @Test
    void aTitledNameStaysAPerson() {
        LocalEntity president = only(type("President Washington spoke in Washington.",
                name("Washington", PERSON), name("Washington", PERSON)));
        assertThat(president.type()).isEqualTo(PERSON);
        assertThat(president.place()).isNull();
        assertThat(only(type("Mr. Lisbon arrived in town.", name("Lisbon", PERSON))).type()).isEqualTo(PERSON);
    }

    @Test
    void aPlaceNameWithoutEvidenceStaysAsTagged() {
        assertThat(only(type("Lisbon said it would wait.", name("Lisbon", PERSON))).type()).isEqualTo(PERSON);
    }

    @Test
    void aPersonWhoIsNoPlaceStaysAPerson() {
        LocalEntity person = only(type("It was hot in Zbigniewa Qwertyuk.", name("Zbigniewa Qwertyuk", PERSON)));
        assertThat(person.type()).isEqualTo(PERSON);
        assertThat(person.place()).isNull();
    }

    @Test
    void aSurnameThatIsAlsoACityStaysWithItsPerson() {
        List<LocalEntity> entities = type("Anna Lisbon came. Later, in Lisbon, she spoke.",
                name("Anna Lisbon", PERSON), name("Lisbon", PERSON));
        assertThat(entities).extracting(LocalEntity::type).containsOnly(PERSON);
    }

    @Test
    void aSeparateSurnameEntityThatIsACityIsNotRetyped() {
        List<LocalEntity> entities = new ArrayList<>();
        entities.add(new LocalEntity("Anna Lisbon", PERSON, List.of(new Mention(new Span(0, 11), "Anna Lisbon"))));
        entities.add(new LocalEntity("Lisbon", PERSON, List.of(new Mention(new Span(21, 27), "Lisbon"))));
        Document doc = document("Anna Lisbon came. In Lisbon.", List.of()).withEntities(entities);
        assertThat(typer.apply(doc).entities()).extracting(LocalEntity::type).containsOnly(PERSON);
    }

    @Test
    void smallTownsAreNotRetypedOnContextAlone() {
        PlaceTyper strict = new PlaceTyper(Gazetteer.geonames(), new PlaceTyperConfig(10_000_000_000L));
        Document doc = grouped("Sirens sounded in Kyiv.", name("Kyiv", PERSON));
        assertThat(only(strict.apply(doc).entities()).type()).isEqualTo(PERSON);
    }

    @Test
    void aSmallTownTheArticleCallsATownIsAPlace() {
        // Truro has about 23,000 people: too small to trust "in", not a town the article names as one
        LocalEntity truro = only(type("They drove to Truro, a town in the south west, at noon.", name("Truro", PERSON)));
        assertThat(truro.type()).isEqualTo(LOCATION);
        assertThat(truro.place().countryCode()).isEqualTo("GB");
        assertThat(truro.place().population()).isLessThan(PlaceTyperConfig.defaults().minPopulation());
    }

    @Test
    void theKindOfPlaceBeforeOrAfterTheNameIsAStrongCueToo() {
        assertThat(only(type("Crowds filled the town of Truro.", name("Truro", PERSON))).type()).isEqualTo(LOCATION);
        assertThat(only(type("Truro, the city where it began, was calm.", name("Truro", PERSON))).type()).isEqualTo(LOCATION);
        assertThat(only(type("Troops left the Lisieux district.", name("Lisieux", PERSON))).type()).isEqualTo(LOCATION);
    }

    @Test
    void aSmallTownWithOnlyAWeakCueStaysAsTagged() {
        assertThat(only(type("They drove to Truro at noon.", name("Truro", PERSON))).type()).isEqualTo(PERSON);
    }

    @Test
    void aKindOfPlaceThatIsNotTheHeadOfItsPhraseIsNoCue() {
        assertThat(only(type("We met Truro, a town councillor, at noon.", name("Truro", PERSON))).type()).isEqualTo(PERSON);
        assertThat(only(type("Mayor Truro, a city in the west.", name("Truro", PERSON))).type()).isEqualTo(PERSON);
    }

    @Test
    void organisationsAreLeftAlone() {
        assertThat(only(type("He played in Lisbon.", name("Lisbon", EntityType.ORGANIZATION))).type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void locationsGetTheirPlace() {
        LocalEntity munich = only(type("Munich is calm.", name("Munich", LOCATION)));
        assertThat(munich.place().countryCode()).isEqualTo("DE");
    }

    @Test
    void providesPlacesAndKeepsEntities() {
        Document out = typer.apply(grouped("In Kyiv.", name("Kyiv", PERSON)));
        assertThat(out.has(Facet.PLACES)).isTrue();
        assertThat(out.has(Facet.ENTITIES)).isTrue();
    }

    @Test
    void anUntaggedCityAfterACueBecomesAPlace() {
        Document out = typer.apply(tokenised("The ministers met in Lisbon on Monday ."));
        LocalEntity lisbon = only(out.entities());
        assertThat(lisbon.type()).isEqualTo(LOCATION);
        assertThat(lisbon.place().countryCode()).isEqualTo("PT");
        assertThat(lisbon.mentions()).extracting(Mention::text).containsExactly("Lisbon");
    }

    @Test
    void anUntaggedRepeatJoinsThePlaceOfItsSpelling() {
        Document out = typer.apply(tokenised("Lisbon waited . Then they met in Lisbon .", name("Lisbon", LOCATION)));
        LocalEntity lisbon = only(out.entities());
        assertThat(lisbon.mentions()).hasSize(2);
        assertThat(lisbon.mentions().get(1).span().start()).isGreaterThan(lisbon.mentions().get(0).span().start());
    }

    @Test
    void anUntaggedWordWithoutACueOrOfAPersonsNameIsNoPlace() {
        assertThat(typer.apply(tokenised("They said Lisbon waited .")).entities()).isEmpty();
        Document person = typer.apply(tokenised("Anna Lisbon spoke in Lisbon .", name("Anna Lisbon", PERSON)));
        assertThat(person.entities()).extracting(LocalEntity::name).containsExactly("Anna Lisbon");
    }

    @Test
    void aWordTheRecogniserTaggedOtherwiseIsNotRead() {
        assertThat(typer.apply(tokenised("They met in March .", "March", "DATE")).entities()).isEmpty();
    }

    @Test
    void hostileTokensNeverThrowAndUntaggedPlacesAreTheirText() {
        Random random = new Random(11);
        String[] words = {"in", "to", "Lisbon", "Porto", "LISBON", "Mr.", ",", "É", "in,", "\uD83D\uDE00", "Anna", "X"};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(15); i > 0; i--) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            String t = text.toString().strip();
            Document out = typer.apply(tokenised(t));
            out.entities().forEach(e -> e.mentions().forEach(m -> assertThat(m.span().of(t)).isEqualTo(m.text())));
        }
    }

    @Test
    void hostileInputNeverThrows() {
        Random random = new Random(42);
        String alphabet = "in to Kyiv Lisbon Mr. ,\u00A0\t\n(\"’é\uD83D\uDE00";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(80); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            List<LocalEntity> entities = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                int start = random.nextInt(t.length() + 20);
                int end = start + random.nextInt(10);
                String name = end <= t.length() ? t.substring(start, end) : "Kyiv";
                entities.add(new LocalEntity(name, EntityType.values()[random.nextInt(4)],
                        List.of(new Mention(new Span(start, end), name))));
            }
            Document doc = document(t, List.of()).withEntities(entities);
            assertThat(typer.apply(doc).entities()).hasSameSizeAs(entities);
        }
    }

    private List<LocalEntity> type(String text, Name... names) {
        Document out = typer.apply(grouped(text, names));
        out.entities().forEach(e -> e.mentions().forEach(m -> assertThat(m.span().of(text)).isEqualTo(m.text())));
        return out.entities();
    }

    /** Places each name at its next occurrence in the text and groups them as the pipeline does. */
    private static Document grouped(String text, Name... names) {
        List<NameMention> mentions = new ArrayList<>();
        int from = 0;
        for (Name n : names) {
            int at = text.indexOf(n.text, from);
            mentions.add(new NameMention(new Span(at, at + n.text.length()), n.text, n.type, 0));
            from = at + n.text.length();
        }
        return new MentionGrouper().apply(document(text, mentions));
    }

    /** Words separated by spaces, as tokens tagged O (or {@code tag} for {@code tagged}), in one sentence. */
    private static Document tokenised(String text, Name... names) {
        return tokenised(grouped(text, names), text, null, null);
    }

    private static Document tokenised(String text, String tagged, String tag) {
        return tokenised(grouped(text), text, tagged, tag);
    }

    private static Document tokenised(Document grouped, String text, String tagged, String tag) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            tokens.add(new Token(new Span(m.start(), m.end()), m.group(), "NNP", m.group(),
                    m.group().equals(tagged) ? tag : "O"));
        }
        NlpDocument nlp = new NlpDocument(List.of(new Sentence(0, new Span(0, text.length()), tokens)),
                grouped.nlp().names(), List.of());
        return grouped.withNlp(nlp, Set.of(Facet.TOKENS, Facet.NER));
    }

    private static Document document(String text, List<NameMention> mentions) {
        ArticleSource source = new ArticleSource("t.txt", "t.txt", SourceFormat.TEXT, "t", text, null, null, Basis.NONE,
                PublicationDate.none(), null);
        return Document.of(source).withText(text, List.of(), Facet.TEXT)
                .withNlp(new NlpDocument(List.of(), mentions, List.of()), Set.of(Facet.NER));
    }

    private static LocalEntity only(List<LocalEntity> entities) {
        assertThat(entities).hasSize(1);
        return entities.get(0);
    }

    private static Name name(String text, EntityType type) {
        return new Name(text, type);
    }

    private record Name(String text, EntityType type) {}
}
