package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

class MentionGrouperTest {

    private final MentionGrouper grouper = new MentionGrouper();

    @Test
    void surnameJoinsTheFullNameMetEarlier() {
        List<LocalEntity> entities = group(
                "Anna Kowalska met Piotr Nowak. Kowalska said yes.",
                name("Anna Kowalska", EntityType.PERSON), name("Piotr Nowak", EntityType.PERSON),
                name("Kowalska", EntityType.PERSON));
        assertThat(entities).extracting(LocalEntity::name).containsExactly("Anna Kowalska", "Piotr Nowak");
        assertThat(entities.get(0).mentions()).extracting(Mention::text).containsExactly("Anna Kowalska", "Kowalska");
    }

    @Test
    void fullNameAbsorbsAnEarlierSurname() {
        List<LocalEntity> entities = group("Kowalska wins. Anna Kowalska, the mayor, said so.",
                name("Kowalska", EntityType.PERSON), name("Anna Kowalska", EntityType.PERSON));
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Anna Kowalska");
        assertThat(entities.get(0).aliases()).containsExactly("Kowalska");
    }

    @Test
    void sharedSurnameGoesToTheMostRecentFullName() {
        List<LocalEntity> entities = group("Anna Kowalska and Ewa Kowalska came. Then Kowalska spoke.",
                name("Anna Kowalska", EntityType.PERSON), name("Ewa Kowalska", EntityType.PERSON),
                name("Kowalska", EntityType.PERSON));
        assertThat(entities).hasSize(2);
        assertThat(entities.get(1).mentions()).extracting(Mention::text).containsExactly("Ewa Kowalska", "Kowalska");
    }

    @Test
    void sameFirstNameDoesNotJoinPeople() {
        List<LocalEntity> entities = group("Anna Kowalska and Anna Nowak.",
                name("Anna Kowalska", EntityType.PERSON), name("Anna Nowak", EntityType.PERSON));
        assertThat(entities).hasSize(2);
    }

    @Test
    void aLoneGivenNameJoinsTheOnePersonItBeginsButNotTwo() {
        List<LocalEntity> one = group("Anna Kowalska met Piotr Nowak. Anna said yes.",
                name("Anna Kowalska", EntityType.PERSON), name("Piotr Nowak", EntityType.PERSON),
                name("Anna", EntityType.PERSON));
        assertThat(one).extracting(LocalEntity::name).containsExactly("Anna Kowalska", "Piotr Nowak");
        assertThat(one.get(0).aliases()).containsExactly("Anna");

        List<LocalEntity> two = group("Anna Kowalska and Anna Nowak came. Anna spoke.",
                name("Anna Kowalska", EntityType.PERSON), name("Anna Nowak", EntityType.PERSON),
                name("Anna", EntityType.PERSON));
        assertThat(two).extracting(LocalEntity::name).containsExactly("Anna Kowalska", "Anna Nowak", "Anna");
    }

    @Test
    void aTitleTheRecogniserTookForAPersonNamesNoOne() {
        List<LocalEntity> entities = group("Crown Prince Anna Kowalska met the President.",
                name("Crown Prince", EntityType.PERSON), name("Anna Kowalska", EntityType.PERSON),
                name("President", EntityType.PERSON));
        assertThat(entities).extracting(LocalEntity::name).containsExactly("Anna Kowalska");
    }

    @Test
    void organisationsJoinOnlyOnTheSameName() {
        List<LocalEntity> entities = group("ACME Corp and ACME and ACME Corp.",
                name("ACME Corp", EntityType.ORGANIZATION), name("ACME", EntityType.ORGANIZATION),
                name("ACME Corp", EntityType.ORGANIZATION));
        assertThat(entities).extracting(LocalEntity::name).containsExactly("ACME Corp", "ACME");
        assertThat(entities.get(0).mentions()).hasSize(2);
    }

    @Test
    void sameNameWithDifferentTagsIsOneEntityOfTheMajorityTag() {
        List<LocalEntity> entities = group("Lviv is calm. Lviv woke. In Lviv, sirens.",
                name("Lviv", EntityType.PERSON), name("Lviv", EntityType.LOCATION), name("Lviv", EntityType.LOCATION));
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void surnameDoesNotJoinAPlaceWithTheSameLastWord() {
        List<LocalEntity> entities = group("New York. York said.",
                name("New York", EntityType.LOCATION), name("York", EntityType.PERSON));
        assertThat(entities).hasSize(2);
    }

    @Test
    void wordsIgnoreCasePossessivesAndPunctuation() {
        assertThat(MentionGrouper.words("Kowalska’s")).containsExactly("kowalska");
        assertThat(MentionGrouper.words(" \"Anna  KOWALSKA,\" ")).containsExactly("anna", "kowalska");
    }

    /** Places each name at its next occurrence in the text. */
    @Test
    void aPersonOnlyTheHeadlineNamesIsAnEntityWithoutMentions() {
        String text = "Dear friends, we stand together. We thank Acme.";
        Document doc = withHeadline(text, List.of(new NameMention(new Span(42, 46), "Acme", EntityType.ORGANIZATION, 0)),
                "Speech by President of Lumeria Anna Berg at the Acme Forum", name("Anna Berg", EntityType.PERSON),
                name("Acme Forum", EntityType.ORGANIZATION));

        List<LocalEntity> entities = grouper.apply(doc).entities();

        // the headline's organisation is left to the text, which names it
        assertThat(entities).extracting(LocalEntity::name).containsExactly("Acme", "Anna Berg");
        assertThat(entities.get(1).type()).isEqualTo(EntityType.PERSON);
        assertThat(entities.get(1).mentions()).isEmpty();
    }

    @Test
    void aHeadlinePersonTheTextNamesByAnyOfTheirWordsIsTheTextsEntity() {
        String text = "Berg resigned on Monday.";
        Document doc = withHeadline(text, List.of(new NameMention(new Span(0, 4), "Berg", EntityType.PERSON, 0)),
                "Anna Berg Resigns From Acme", name("Anna Berg Resigns", EntityType.PERSON));

        List<LocalEntity> entities = grouper.apply(doc).entities();

        assertThat(entities).extracting(LocalEntity::name).containsExactly("Berg");
        assertThat(entities.get(0).mentions()).extracting(Mention::text).containsExactly("Berg");
    }

    /** A document of {@code text} with these names, and a headline tokenised at spaces with those names tagged. */
    private static Document withHeadline(String text, List<NameMention> textNames, String title, Name... headlineNames) {
        List<NameMention> names = new ArrayList<>();
        List<org.newsgraph.model.Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : title.split(" ")) {
            int start = title.indexOf(word, at);
            at = start + word.length();
            String ner = "O";
            for (Name n : headlineNames) {
                int s = title.indexOf(n.text);
                if (s <= start && at <= s + n.text.length()) {
                    ner = n.type.name();
                }
            }
            tokens.add(new org.newsgraph.model.Token(new Span(start, at), word, "NNP", word, ner));
        }
        for (Name n : headlineNames) {
            int s = title.indexOf(n.text);
            names.add(new NameMention(new Span(s, s + n.text.length()), n.text, n.type, 0));
        }
        NlpDocument headline = new NlpDocument(List.of(new org.newsgraph.model.Sentence(0, new Span(0, title.length()), tokens)),
                names, List.of());
        ArticleSource source = new ArticleSource("t.txt", "t.txt", SourceFormat.TEXT, title, text, null, null, Basis.NONE,
                PublicationDate.none(), null);
        return Document.of(source).withText(text, List.of(), Facet.TEXT)
                .withNlp(new NlpDocument(List.of(), textNames, List.of()), java.util.Set.of(Facet.NER)).withHeadline(headline);
    }

    private List<LocalEntity> group(String text, Name... names) {
        List<NameMention> mentions = new ArrayList<>();
        int from = 0;
        for (Name n : names) {
            int at = text.indexOf(n.text, from);
            mentions.add(new NameMention(new Span(at, at + n.text.length()), n.text, n.type, 0));
            from = at + n.text.length();
        }
        ArticleSource source = new ArticleSource("t.txt", "t.txt", SourceFormat.TEXT, "t", text, null, null, Basis.NONE,
                PublicationDate.none(), null);
        Document doc = Document.of(source).withText(text, List.of(), Facet.TEXT)
                .withNlp(new NlpDocument(List.of(), mentions, List.of()), java.util.Set.of(Facet.NER));
        Document out = grouper.apply(doc);
        assertThat(out.has(Facet.ENTITIES)).isTrue();
        out.entities().forEach(e -> e.mentions().forEach(m -> assertThat(m.span().of(text)).isEqualTo(m.text())));
        return out.entities();
    }

    private static Name name(String text, EntityType type) {
        return new Name(text, type);
    }

    private record Name(String text, EntityType type) {}
}
