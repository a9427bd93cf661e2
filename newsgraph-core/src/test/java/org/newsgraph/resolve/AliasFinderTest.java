package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

class AliasFinderTest {

    private static final EntityType PERSON = EntityType.PERSON;
    private static final EntityType ORG = EntityType.ORGANIZATION;
    private static final EntityType LOCATION = EntityType.LOCATION;
    private static final EntityType MISC = EntityType.MISC;

    private final AliasFinder finder = new AliasFinder();

    // roles

    @Test
    void aTitleBeforeANameGivesTheOfficeAndTheWholePhrase() {
        List<LocalEntity> entities = find("Prime Minister Anna Berg met Norwegian President Olav Lunde.",
                name("Anna Berg", PERSON), name("Norwegian", MISC), name("Olav Lunde", PERSON));
        assertThat(entity(entities, "Anna Berg").roles()).containsExactly("prime minister");
        assertThat(entity(entities, "Olav Lunde").roles()).containsExactly("president", "norwegian president");
    }

    @Test
    void hyphensAndPossessivesAreNormalised() {
        List<LocalEntity> entities = find("Arctic League Secretary-General Piet Marsman spoke. "
                        + "Then the company's chief executive Maria Lenz answered.",
                name("Arctic League", ORG), name("Piet Marsman", PERSON), name("Maria Lenz", PERSON));
        assertThat(entity(entities, "Piet Marsman").roles()).containsExactly("secretary general", "arctic league secretary general");
        assertThat(entity(entities, "Maria Lenz").roles()).containsExactly("chief executive", "company chief executive");
    }

    @Test
    void aTitleMayNameWhoseOfficeItIs() {
        List<LocalEntity> entities = find("President of Freedonia Rufus Firefly arrived.",
                name("Freedonia", LOCATION), name("Rufus Firefly", PERSON));
        assertThat(entity(entities, "Rufus Firefly").roles()).containsExactly("president", "president of freedonia");
    }

    @Test
    void anAppositionAfterANameGivesItsRole() {
        List<LocalEntity> entities = find("Hans Krug, the foreign minister of Ruritania, said no. "
                        + "Lea Vos, secretary general of the alliance, agreed.",
                name("Hans Krug", PERSON), name("Ruritania", LOCATION), name("Lea Vos", PERSON));
        assertThat(entity(entities, "Hans Krug").roles()).containsExactly("foreign minister", "foreign minister of ruritania");
        assertThat(entity(entities, "Lea Vos").roles()).containsExactly("secretary general", "secretary general of the alliance");
    }

    @Test
    void aTitleFollowedByAnotherNameIsThatNamesRole() {
        List<LocalEntity> entities = find("Meeting Hans Krug, President Lea Vos urged calm.",
                name("Hans Krug", PERSON), name("Lea Vos", PERSON));
        assertThat(entity(entities, "Hans Krug").roles()).isEmpty();
        assertThat(entity(entities, "Lea Vos").roles()).containsExactly("president");
    }

    @Test
    void aCapitalisedWordThatIsNoNameIsNoModifier() {
        List<LocalEntity> entities = find("Krug Meets Party Chief Lea Vos", name("Krug", PERSON), name("Lea Vos", PERSON));
        assertThat(entity(entities, "Lea Vos").roles()).containsExactly("chief");
    }

    @Test
    void aPrefixMakesAnotherOffice() {
        List<LocalEntity> entities = find("Former President Olav Lunde and President Anna Berg met. The president said yes.",
                name("Olav Lunde", PERSON), name("Anna Berg", PERSON));
        assertThat(entity(entities, "Olav Lunde").roles()).containsExactly("former president");
        assertThat(texts(entity(entities, "Anna Berg"))).containsExactly("Anna Berg", "president");
    }

    // role nouns

    @Test
    void theRoleNounJoinsThePersonTheRoleWasTiedTo() {
        List<LocalEntity> entities = find("Prime Minister Anna Berg spoke. A spokesman for the Prime Minister said Berg was tired.",
                name("Anna Berg", PERSON), name("Berg", PERSON));
        LocalEntity berg = only(entities);
        assertThat(texts(berg)).containsExactly("Anna Berg", "Prime Minister", "Berg");
        Mention role = berg.mentions().get(1);
        assertThat(role.span()).isEqualTo(new Span(52, 66));
    }

    @Test
    void aModifiedRoleNounNeedsTheSameModifier() {
        List<LocalEntity> entities = find("Arctic League Secretary General Piet Marsman came. The Arctic League Secretary General "
                        + "spoke, and the Secretary-General left. The Baltic Secretary General stayed.",
                name("Arctic League", ORG), name("Piet Marsman", PERSON), name("Arctic League", ORG), name("Baltic", MISC));
        assertThat(texts(entity(entities, "Piet Marsman")))
                .containsExactly("Piet Marsman", "Arctic League Secretary General", "Secretary-General");
    }

    @Test
    void aLeaderOrChiefStandsForALeadingOfficeWithTheSameModifier() {
        List<LocalEntity> entities = find("Norwegian President Olav Lunde met Arctic League Secretary General Piet Marsman. "
                        + "The Norwegian leader thanked the Arctic League chief. The Danish leader did not.",
                name("Norwegian", MISC), name("Olav Lunde", PERSON), name("Arctic League", ORG), name("Piet Marsman", PERSON),
                name("Norwegian", MISC), name("Arctic League", ORG), name("Danish", MISC));
        assertThat(texts(entity(entities, "Olav Lunde"))).containsExactly("Olav Lunde", "Norwegian leader");
        assertThat(texts(entity(entities, "Piet Marsman"))).containsExactly("Piet Marsman", "Arctic League chief");
    }

    @Test
    void anOrganisationsGenericNounFitsOnlyARoleOfAnOrganisation() {
        List<LocalEntity> entities = find("Arctic League Secretary General Piet Marsman and President Ida Holm met. "
                        + "The Secretary General of the league spoke. The president of the company did not.",
                name("Arctic League", ORG), name("Piet Marsman", PERSON), name("Ida Holm", PERSON));
        assertThat(texts(entity(entities, "Piet Marsman"))).containsExactly("Piet Marsman", "Secretary General");
        assertThat(texts(entity(entities, "Ida Holm"))).containsExactly("Ida Holm");
    }

    @Test
    void aPossessiveEndingIsNotPartOfTheMention() {
        List<LocalEntity> entities = find("Governor Ana Ruiz spoke. The governor's office agreed.", name("Ana Ruiz", PERSON));
        assertThat(texts(only(entities))).containsExactly("Ana Ruiz", "governor");
    }

    @Test
    void aLeaderWithoutModifierIsNobodysButTheHeadOfStateIsThePresidents() {
        List<LocalEntity> entities = find("President Olav Lunde spoke. The leader left. The head of state stayed.",
                name("Olav Lunde", PERSON));
        assertThat(texts(only(entities))).containsExactly("Olav Lunde", "head of state");
    }

    @Test
    void twoPresidentsMakeThePresidentNobodysButTheirModifiersTellThemApart() {
        List<LocalEntity> entities = find("Norwegian President Olav Lunde met Danish President Ida Holm. "
                        + "The president spoke. The Danish president replied.",
                name("Norwegian", MISC), name("Olav Lunde", PERSON), name("Danish", MISC), name("Ida Holm", PERSON),
                name("Danish", MISC));
        assertThat(texts(entity(entities, "Olav Lunde"))).containsExactly("Olav Lunde");
        assertThat(texts(entity(entities, "Ida Holm"))).containsExactly("Ida Holm", "Danish president");
    }

    @Test
    void aRoleNounBeforeTheRoleIsTiedJoinsNoOne() {
        List<LocalEntity> entities = find("The president arrived late. Later, President Olav Lunde spoke. The president left.",
                name("Olav Lunde", PERSON));
        LocalEntity lunde = only(entities);
        assertThat(texts(lunde)).containsExactly("Olav Lunde", "president");
        assertThat(lunde.mentions().get(1).span().start()).isGreaterThan(40);
    }

    @Test
    void aRoleNounFollowedByANameIsATitleNotAnAlias() {
        List<LocalEntity> entities = find("President Olav Lunde came. Then the president Ida Holm came.",
                name("Olav Lunde", PERSON), name("Ida Holm", PERSON));
        assertThat(texts(entity(entities, "Olav Lunde"))).containsExactly("Olav Lunde");
        assertThat(entity(entities, "Ida Holm").roles()).containsExactly("president");
    }

    @Test
    void anotherCountrysPresidentIsNotThePresidentOfTheArticle() {
        List<LocalEntity> entities = find("President of Freedonia Rufus Firefly spoke. The Sylvanian president and Freedonia's "
                        + "president did not.",
                name("Freedonia", LOCATION), name("Rufus Firefly", PERSON), name("Sylvanian", MISC), name("Freedonia", LOCATION));
        assertThat(texts(entity(entities, "Rufus Firefly"))).containsExactly("Rufus Firefly", "Freedonia's president");
    }

    @Test
    void anOfficeTaggedAsAnAdjectiveOrFollowedByANounIsNoRoleNoun() {
        String text = "General Ana Ruiz spoke. The general public and the general staff did not. The general did.";
        Document doc = new MentionGrouper().apply(document(text, List.of(nameAt(text, "Ana Ruiz", PERSON)),
                List.of(tagged(text, "general", "JJ", 1), tagged(text, "staff", "NN", 0), tagged(text, "general", "NN", 3))));
        LocalEntity ruiz = only(finder.apply(doc).entities());
        assertThat(ruiz.roles()).containsExactly("general");
        assertThat(texts(ruiz)).containsExactly("Ana Ruiz", "general");
        assertThat(ruiz.mentions().get(1).span().start()).isEqualTo(text.lastIndexOf("general"));
    }

    // organisations

    @Test
    void anAcronymInBracketsJoinsItsFullNameUnderTheNameUsedMost() {
        List<LocalEntity> entities = find("The Northern Defence Pact (NDP) met. NDP said so. NDP agreed.",
                name("Northern Defence Pact", ORG), name("NDP", ORG), name("NDP", ORG), name("NDP", ORG));
        LocalEntity ndp = only(entities);
        assertThat(ndp.name()).isEqualTo("NDP");
        assertThat(ndp.type()).isEqualTo(ORG);
        assertThat(texts(ndp)).containsExactly("Northern Defence Pact", "NDP", "NDP", "NDP");
    }

    @Test
    void anAcronymFirstAndLettersThatDoNotMatchStillJoin() {
        List<LocalEntity> entities = find("OTAN (Alliance of Free Cities) said so.",
                name("OTAN", ORG), name("Alliance of Free Cities", ORG));
        assertThat(only(entities).name()).isEqualTo("Alliance of Free Cities");
    }

    @Test
    void placesInBracketsAreNoAcronyms() {
        List<LocalEntity> entities = find("Porto Alegre (BR) and Lisbon (Portugal).",
                name("Porto Alegre", LOCATION), name("BR", LOCATION), name("Lisbon", LOCATION), name("Portugal", LOCATION));
        assertThat(entities).hasSize(4);
    }

    @Test
    void aShortNameJoinsTheOneLongerNameItEnds() {
        List<LocalEntity> entities = find("The Security Council met. The UN Security Council agreed.",
                name("Security Council", ORG), name("UN Security Council", ORG));
        assertThat(only(entities).name()).isEqualTo("UN Security Council");
    }

    @Test
    void aShortNameEndingTwoLongerNamesJoinsNeither() {
        List<LocalEntity> entities = find("The Council met. The Harbour Council and the Trade Council agreed. The council left.",
                name("Council", ORG), name("Harbour Council", ORG), name("Trade Council", ORG));
        assertThat(entities).hasSize(3);
        assertThat(entities).allSatisfy(e -> assertThat(e.mentions()).hasSize(1));
    }

    @Test
    void anAcronymOrANameCutShortIsNotAShortName() {
        List<LocalEntity> entities = find("The Harbour Sports NFL show. NFL said so. The Fund for Peace and the World Fund met.",
                name("Harbour Sports NFL", ORG), name("NFL", ORG), name("Fund", ORG), name("World Fund", ORG));
        assertThat(entities).hasSize(4);
    }

    @Test
    void aNameAfterOfIsNotAShortName() {
        List<LocalEntity> entities = find("The Bank of Ruritania and Ruritania.",
                name("Bank of Ruritania", ORG), name("Ruritania", ORG));
        assertThat(entities).hasSize(2);
    }

    @Test
    void theAllianceAndALoneAllianceJoinTheOneAllianceOfTheArticle() {
        List<LocalEntity> entities = find("The North Sea Treaty Alliance (NSTA) met. The military alliance said the Alliance "
                        + "would grow, and the alliance members agreed.",
                name("North Sea Treaty Alliance", ORG), name("NSTA", ORG), name("Alliance", ORG));
        LocalEntity alliance = only(entities);
        assertThat(texts(alliance)).containsExactly("North Sea Treaty Alliance", "NSTA", "military alliance", "Alliance", "alliance");
    }

    @Test
    void anAppositionGivesAnOrganisationItsHeadNoun() {
        List<LocalEntity> entities = find("Oskarsen, the shipping company, grew. The company said so. The rival company did not.",
                name("Oskarsen", ORG));
        assertThat(texts(only(entities))).containsExactly("Oskarsen", "company");
    }

    @Test
    void anOrganisationNounWithTwoCandidatesJoinsNone() {
        List<LocalEntity> entities = find("The Baltic Alliance and the Pacific Alliance met. The alliance said so. Alliance said no.",
                name("Baltic Alliance", ORG), name("Pacific Alliance", ORG), name("Alliance", ORG));
        assertThat(entities).hasSize(3);
        assertThat(entities).allSatisfy(e -> assertThat(e.mentions()).hasSize(1));
    }

    // handles and spellings

    @Test
    void aHandleWithAPersonsSurnameJoinsThatPerson() {
        List<LocalEntity> entities = find("Anna Berg met Piet Marsman. Thanks @annaberg_official, wrote @ArcticLeague.",
                name("Anna Berg", PERSON), name("Piet Marsman", PERSON));
        assertThat(texts(entity(entities, "Anna Berg"))).containsExactly("Anna Berg", "@annaberg_official");
        assertThat(texts(entity(entities, "Piet Marsman"))).containsExactly("Piet Marsman");
    }

    @Test
    void aHandleInBracketsAfterANameIsThatNamesHandle() {
        List<LocalEntity> entities = find("— Lea Vos (@lv_news) April 2", name("Lea Vos", PERSON));
        assertThat(texts(only(entities))).containsExactly("Lea Vos", "@lv_news");
    }

    @Test
    void aLoneFirstNameIsNoSurnameForAHandle() {
        List<LocalEntity> entities = find("Kimberly said so, and @kimberly_fans agreed.", name("Kimberly", PERSON));
        assertThat(texts(only(entities))).containsExactly("Kimberly");
    }

    @Test
    void aHandleThatFitsTwoPeopleJoinsNeither() {
        List<LocalEntity> entities = find("Anna Berg and Piet Berg wrote as @bergfamily.",
                name("Anna Berg", PERSON), name("Piet Berg", PERSON));
        assertThat(entities).allSatisfy(e -> assertThat(e.mentions()).hasSize(1));
    }

    @Test
    void aHandleMaySpellTheSurnameWithASingleFinalY() {
        List<LocalEntity> entities = find("Dmytro Sobolevskyy spoke, then @SobolevskyUA posted.", name("Dmytro Sobolevskyy", PERSON));
        assertThat(texts(only(entities))).containsExactly("Dmytro Sobolevskyy", "@SobolevskyUA");
    }

    @Test
    void aHandleSpellingAnOrganisationsAcronymJoinsIt() {
        List<LocalEntity> entities = find("NDP said so, and @NDP posted. Write to press@ndp.org.", name("NDP", ORG));
        assertThat(texts(only(entities))).containsExactly("NDP", "@NDP");
    }

    @Test
    void aSurnameInAnotherTransliterationJoinsTheFullName() {
        List<LocalEntity> entities = find("Dmytro Sobolevsky came. Sobolevskyy said so.",
                name("Dmytro Sobolevsky", PERSON), name("Sobolevskyy", PERSON));
        assertThat(texts(only(entities))).containsExactly("Dmytro Sobolevsky", "Sobolevskyy");
        assertThat(only(entities).name()).isEqualTo("Dmytro Sobolevsky");
    }

    // the stage

    @Test
    void providesAliasesAndKeepsEntitiesWithoutAliasesAsTheyWere() {
        Document doc = grouped("Anna Berg came.", name("Anna Berg", PERSON));
        Document out = finder.apply(doc);
        assertThat(out.has(Facet.ALIASES)).isTrue();
        assertThat(out.entities()).containsExactlyElementsOf(doc.entities());
    }

    @Test
    void hostileInputNeverThrows() {
        Random random = new Random(7);
        String alphabet = "the President Anna Berg (NDP) @berg , . - ’s Alliance alliance of Prime Minister\u00A0\n\uD83D\uDE00";
        String[] pieces = alphabet.split("(?<= )");
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            List<LocalEntity> entities = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                int start = random.nextInt(t.length() + 20);
                int end = start + random.nextInt(12);
                String name = end <= t.length() ? t.substring(start, end) : "Anna Berg";
                entities.add(new LocalEntity(name, EntityType.values()[random.nextInt(4)],
                        List.of(new Mention(new Span(start, end), name))));
            }
            Document doc = document(t, List.of()).withEntities(entities);
            List<LocalEntity> out = finder.apply(doc).entities();
            assertThat(out.size()).isLessThanOrEqualTo(entities.size());
        }
    }

    private List<LocalEntity> find(String text, Name... names) {
        Document out = finder.apply(grouped(text, names));
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

    private static Document document(String text, List<NameMention> mentions) {
        return document(text, mentions, List.of());
    }

    /** A document whose only tagged tokens are these, in one sentence. */
    private static Document document(String text, List<NameMention> mentions, List<Token> tokens) {
        ArticleSource source = new ArticleSource("t.txt", "t.txt", SourceFormat.TEXT, "t", text, null, null, Basis.NONE,
                PublicationDate.none(), null);
        List<Sentence> sentences = List.of(new Sentence(0, new Span(0, text.length()), tokens));
        return Document.of(source).withText(text, List.of(), Facet.TEXT)
                .withNlp(new NlpDocument(sentences, mentions, List.of()), Set.of(Facet.NER));
    }

    private static NameMention nameAt(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new NameMention(new Span(at, at + name.length()), name, type, 0);
    }

    /** A token for the {@code skip}-th occurrence (from 0) of a word, lower-case, tagged {@code pos}. */
    private static Token tagged(String text, String word, String pos, int skip) {
        int at = -1;
        for (int i = 0; i <= skip; i++) {
            at = text.toLowerCase(java.util.Locale.ROOT).indexOf(word, at + 1);
        }
        return new Token(new Span(at, at + word.length()), text.substring(at, at + word.length()), pos, word, "O");
    }

    private static LocalEntity entity(List<LocalEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no entity " + name + " in " + entities));
    }

    private static LocalEntity only(List<LocalEntity> entities) {
        assertThat(entities).hasSize(1);
        return entities.get(0);
    }

    private static List<String> texts(LocalEntity entity) {
        return entity.mentions().stream().map(Mention::text).toList();
    }

    private static Name name(String text, EntityType type) {
        return new Name(text, type);
    }

    private record Name(String text, EntityType type) {}
}
