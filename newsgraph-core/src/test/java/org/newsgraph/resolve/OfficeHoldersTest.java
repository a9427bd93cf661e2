package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/** Untagged names after an office, and what is left alone. */
class OfficeHoldersTest {

    private final OfficeHolders holders = new OfficeHolders(List.of("president", "prime minister", "emir", "minister", "chairman"),
            Set.of("Examplia", "Republic of Examplia")::contains);

    @Test
    void anUntaggedNameAfterAnOfficeAndItsComplementIsAPerson() {
        List<NameMention> found = holders.addTo(List.of(sentence(
                "He/O spoke/O with/O President/O of/O the/O Republic/LOCATION of/LOCATION Examplia/LOCATION Dae/O Ha-jun/O ./O")),
                List.of());

        assertThat(found).extracting(NameMention::text).containsExactly("Dae Ha-jun");
        assertThat(found.get(0).type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameWordSplitAtItsHyphenStaysOneWord() {
        List<NameMention> found = holders.addTo(List.of(sentence(
                "He/O spoke/O with/O President/O of/O Examplia/LOCATION Dae/O Ha/O -/O jun/O today/O")), List.of());

        assertThat(found).extracting(NameMention::text).containsExactly("Dae Ha-jun");
    }

    @Test
    void aPlaceAndAPersonRunTogetherAfterAnOfficeAreSplit() {
        Sentence s = sentence("He/O met/O President/O of/O the/O Republic/LOCATION of/LOCATION Examplia/LOCATION Dae/LOCATION "
                + "Ha/LOCATION -/LOCATION jun/LOCATION today/O in/O the/O capital/O");
        NameMention joined = new NameMention(span(s, 5, 11), "Republic of Examplia Dae Ha-jun", EntityType.LOCATION, 0);
        Sentence company = sentence("He/O met/O President/O of/O Examplia/ORGANIZATION Steel/ORGANIZATION Works/ORGANIZATION "
                + "today/O in/O the/O capital/O");
        NameMention firm = new NameMention(span(company, 4, 6), "Examplia Steel Works", EntityType.ORGANIZATION, 0);

        List<NameMention> found = holders.addTo(List.of(s), List.of(joined));

        assertThat(found).extracting(NameMention::text, NameMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Republic of Examplia", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("Dae Ha-jun", EntityType.PERSON));
        assertThat(holders.addTo(List.of(company), List.of(firm))).containsExactly(firm);
        Sentence untaggedRepublic = sentence("He/O met/O President/O of/O the/O Republic/O of/O Examplia/PERSON Dae/PERSON "
                + "Kowal/PERSON today/O in/O the/O capital/O");
        NameMention person = new NameMention(span(untaggedRepublic, 7, 9), "Examplia Dae Kowal", EntityType.PERSON, 0);
        assertThat(holders.addTo(List.of(untaggedRepublic), List.of(person))).extracting(NameMention::text)
                .containsExactly("Examplia", "Dae Kowal");
    }

    @Test
    void aNameRightAfterTheOfficeIsAPersonToo() {
        List<NameMention> found = holders.addTo(List.of(sentence("They/O met/O with/O Emir/O Tamar/O Ostrova/O in/O the/O capital/O today/O")), List.of());

        assertThat(found).extracting(NameMention::text).containsExactly("Tamar Ostrova");
    }

    @Test
    void aNameTheRecogniserFoundIsLeftAlone() {
        Sentence s = sentence("Prime/O Minister/O Tarmo/PERSON Veski/PERSON said/O so/O");
        NameMention tagged = new NameMention(span(s, 2, 3), "Tarmo Veski", EntityType.PERSON, 0);

        assertThat(holders.addTo(List.of(s), List.of(tagged))).containsExactly(tagged);
    }

    @Test
    void capitalisedWordsThatTheComplementGoesOnAfterAreNoName() {
        Sentence minister = sentence("He/O met/O with/O Minister/O for/O Europe/LOCATION and/O Foreign/O Affairs/O of/O "
                + "Examplia/LOCATION Tarmo/PERSON Veski/PERSON ,/O who/O came/O today/O");
        NameMention veski = new NameMention(span(minister, 11, 12), "Tarmo Veski", EntityType.PERSON, 0);
        Sentence chairman = sentence("He/O met/O with/O Chairman/O of/O the/O Committee/ORGANIZATION of/O the/O Republic/O "
                + "of/O Examplia/LOCATION Dae/O Kowal/O in/O the/O capital/O today/O");

        assertThat(holders.addTo(List.of(minister), List.of(veski))).containsExactly(veski);
        assertThat(holders.addTo(List.of(chairman), List.of())).extracting(NameMention::text).containsExactly("Dae Kowal");
    }

    @Test
    void anOfficeWithoutItsHolderOrAMissedComplementGivesNothing() {
        assertThat(holders.addTo(List.of(sentence("The/O President/O said/O so/O")), List.of())).isEmpty();
        assertThat(holders.addTo(List.of(sentence("the/O President/O of/O Examplia/O said/O so/O")), List.of())).isEmpty();
        assertThat(holders.addTo(List.of(sentence("the/O president/O Tarmo/O said/O so/O")), List.of())).isEmpty();
        assertThat(holders.addTo(List.of(sentence("He/O spoke/O to/O the/O Examplia/ORGANIZATION President/O Summit/O in/O "
                + "the/O capital/O today/O")), List.of())).as("one word").isEmpty();
    }

    @Test
    void aHeadlineInTitleCaseGivesNothing() {
        assertThat(holders.addTo(List.of(sentence("President/O Meets/O Governor/O On/O Floods/O")), List.of())).isEmpty();
    }

    /** Tokens from "word/TAG" pairs, one space apart ("./O" glued to the word before). */
    private static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            boolean glued = word.equals(".") || word.equals("-") || !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("-");
            if (!glued && at > 0) {
                at++;
            }
            tokens.add(new Token(new Span(at, at + word.length()), word, "NNP", word.toLowerCase(), pair.substring(slash + 1)));
            at += word.length();
        }
        return new Sentence(0, new Span(0, at), tokens);
    }

    private static Span span(Sentence s, int first, int last) {
        return new Span(s.tokens().get(first).span().start(), s.tokens().get(last).span().end());
    }
}
