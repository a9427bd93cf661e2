package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main event, participants and places derived from small ECB+ documents written for the test (names invented). */
class EcbPlusEventGoldTest {

    @TempDir
    static Path xml;

    private static EcbPlusEventGold gold;
    private static Map<String, EcbPlusEventGold.Document> byFile;

    @BeforeAll
    static void writeAndRead() {
        rehab();
        EcbPlusXmlFixture welcomed = new EcbPlusXmlFixture().sentence("Canada welcomed Tara Reid 's entry into rehab .");
        welcomed.cross("ACTION_OCCURRENCE", "ACT_REHAB", "t1b_rehab", welcomed.mention("ACTION_OCCURRENCE", 0, "entry"))
                .cross("HUMAN_PART_PER", "HUM_REID", "t1b_reid", welcomed.mention("HUMAN_PART_PER", 0, "Tara Reid"));
        welcomed.mention("HUMAN_PART_GPE", 0, "Canada");
        welcomed.write(xml, "1", "1_2ecb.xml");
        EcbPlusXmlFixture inRehab = new EcbPlusXmlFixture().sentence("Reid is in rehab .");
        inRehab.cross("ACTION_STATE", "ACT_REHAB", "t1b_rehab", inRehab.mention("ACTION_STATE", 0, "rehab"));
        inRehab.write(xml, "1", "1_3ecb.xml");
        EcbPlusXmlFixture rested = new EcbPlusXmlFixture().sentence("Reid never rested .");
        rested.mention("ACTION_OCCURRENCE", 0, "rested");
        rested.cross("NEG_ACTION_OCCURRENCE", "NEG_REST", "t1b_rest", rested.mention("NEG_ACTION_OCCURRENCE", 0, "rested"));
        rested.write(xml, "1", "1_4ecb.xml");
        lohan();
        gold = EcbPlusEventGold.read(xml, new GoldClusters(List.of(
                new GoldClusters.Entry("1_1ecb.txt", "1", "1ecb"), new GoldClusters.Entry("1_2ecb.txt", "1", "1ecb"),
                new GoldClusters.Entry("1_3ecb.txt", "1", "1ecb"), new GoldClusters.Entry("1_4ecb.txt", "1", "1ecb"),
                new GoldClusters.Entry("1_1ecbplus.txt", "1", "1ecbplus"),
                new GoldClusters.Entry("1_2ecbplus.txt", "1", "1ecbplus"))));
        byFile = gold.documents().stream().collect(Collectors.toMap(EcbPlusEventGold.Document::file, Function.identity()));
    }

    /**
     * 1_1ecb: a title-case headline whose first action ("Say") only this document of its subtopic
     * mentions (two of the other subtopic do), then the rehab three documents mention.
     */
    private static void rehab() {
        EcbPlusXmlFixture doc = new EcbPlusXmlFixture()
                .sentence("Police Say Reid Checks Into Rehab")
                .sentence("Hollywood learned that Tara Reid has entered the Promises Treatment Center in Malibu .")
                .sentence("Her representative Jack Ketsoyan confirmed the stay , police said .")
                .sentence("Reid starred in a film in Los Angeles .");
        doc.cross("ACTION_REPORTING", "ACT_SAID", "t1_said", doc.mention("ACTION_REPORTING", 0, "Say"))
                .cross("ACTION_OCCURRENCE", "ACT_REHAB", "t1b_rehab", doc.mention("ACTION_OCCURRENCE", 0, "Checks"),
                        doc.mention("ACTION_OCCURRENCE", 1, "entered"))
                .cross("HUMAN_PART_PER", "HUM_REID", "t1b_reid", doc.mention("HUMAN_PART_PER", 0, "Reid"),
                        doc.mention("HUMAN_PART_PER", 1, "Tara Reid"), doc.mention("HUMAN_PART_PER", 3, "Reid"))
                .intra(doc.mention("HUMAN_PART_ORG", 0, "Police"), doc.mention("HUMAN_PART_ORG", 2, "police"));
        doc.mention("HUMAN_PART_MET", 1, "Hollywood");
        doc.mention("HUMAN_PART_PER", 2, "Jack Ketsoyan");
        doc.mention("LOC_FAC", 1, "the Promises Treatment Center in Malibu");
        doc.mention("LOC_GEO", 3, "Los Angeles");
        doc.write(xml, "1", "1_1ecb.xml");
    }

    /** 1_1ecbplus and 1_2ecbplus: three actions that both mention, in other orders; a URL line. */
    private static void lohan() {
        EcbPlusXmlFixture first = new EcbPlusXmlFixture()
                .sentence("http : / / example . com / lohan")
                .sentence("Lohan checks into a clinic , a court said .")
                .sentence("Lohan was sentenced in May .");
        first.cross("ACTION_OCCURRENCE", "ACT_CHECK", "t1_check", first.mention("ACTION_OCCURRENCE", 1, "checks"))
                .cross("ACTION_REPORTING", "ACT_SAID", "t1_said", first.mention("ACTION_REPORTING", 1, "said"))
                .cross("ACTION_OCCURRENCE", "ACT_SENTENCE", "t1_sentence", first.mention("ACTION_OCCURRENCE", 2, "sentenced"))
                .cross("HUMAN_PART_PER", "HUM_LOHAN", "t1_lohan", first.mention("HUMAN_PART_PER", 1, "Lohan"),
                        first.mention("HUMAN_PART_PER", 2, "Lohan"));
        first.mention("HUMAN_PART_ORG", 1, "court");
        first.write(xml, "1", "1_1ecbplus.xml");
        EcbPlusXmlFixture second = new EcbPlusXmlFixture()
                .sentence("http : / / example . com / news")
                .sentence("Lohan was sentenced and then checks in , the court said .");
        second.cross("ACTION_OCCURRENCE", "ACT_SENTENCE", "t1_sentence", second.mention("ACTION_OCCURRENCE", 1, "sentenced"))
                .cross("ACTION_OCCURRENCE", "ACT_CHECK", "t1_check", second.mention("ACTION_OCCURRENCE", 1, "checks"))
                .cross("ACTION_REPORTING", "ACT_SAID", "t1_said", second.mention("ACTION_REPORTING", 1, "said"));
        second.write(xml, "1", "1_2ecbplus.xml");
    }

    @Test
    void theMainEventIsTheActionMostDocumentsOfTheSubtopicMentionNotTheFirstOne() {
        assertThat(byFile.get("1_1ecb.txt").event()).as("'Say' is first, and three documents of the topic mention it,"
                + " but only one of its subtopic").isEqualTo("ACT_REHAB");
        assertThat(byFile.get("1_1ecb.txt").eventName()).isEqualTo("t1b_rehab");
        assertThat(byFile.get("1_2ecb.txt").event()).isEqualTo("ACT_REHAB");
        assertThat(byFile.get("1_3ecb.txt").event()).isEqualTo("ACT_REHAB");
    }

    @Test
    void onATieTheActionTheDocumentMentionsFirst() {
        assertThat(byFile.get("1_1ecbplus.txt").event()).isEqualTo("ACT_CHECK");
        assertThat(byFile.get("1_2ecbplus.txt").event()).isEqualTo("ACT_SENTENCE");
    }

    @Test
    void aDocumentWithoutACrossDocumentActionIsLeftOutNegatedActionsAreNone() {
        assertThat(gold.withoutEvent()).containsExactly(new GoldClusters.Entry("1_4ecb.txt", "1", "1ecb"));
        assertThat(byFile).containsOnlyKeys("1_1ecb.txt", "1_2ecb.txt", "1_3ecb.txt", "1_1ecbplus.txt",
                "1_2ecbplus.txt");
    }

    @Test
    void participantsArePeopleOrganisationsAndCountriesInTheMainEventsSentencesWithAllTheirMentions() {
        List<EcbPlusEventGold.Participant> participants = byFile.get("1_1ecb.txt").participants();

        assertThat(participants).as("in order of first mention; not Hollywood (metonymic) nor Jack Ketsoyan (another"
                + " sentence)").extracting(EcbPlusEventGold.Participant::mentions)
                .containsExactly(List.of("Police", "police"), List.of("Reid", "Tara Reid", "Reid"));
        assertThat(participants.get(0).id()).as("a within-document chain").startsWith("intra ");
        assertThat(participants.get(0).tag()).isEqualTo("HUMAN_PART_ORG");
        assertThat(participants.get(1).id()).isEqualTo("HUM_REID");
        assertThat(participants.get(1).names()).containsExactlyInAnyOrder("tara", "reid");
        assertThat(byFile.get("1_2ecb.txt").participants()).extracting(EcbPlusEventGold.Participant::tag)
                .containsExactly("HUMAN_PART_GPE", "HUMAN_PART_PER");
        assertThat(byFile.get("1_3ecb.txt").participants()).isEmpty();
    }

    @Test
    void aCapitalThatOpensASentenceOrATitleCaseHeadlineNamesOnlyWhatTheTextNeverWritesInLowerCase() {
        List<EcbPlusEventGold.Participant> participants = byFile.get("1_1ecb.txt").participants();
        assertThat(participants.get(0).named()).as("'Police' opens a headline; 'police' is written too").isFalse();
        assertThat(participants.get(1).names()).as("'Reid' in the headline, never 'reid'").contains("reid");
        assertThat(byFile.get("1_1ecbplus.txt").participants())
                .as("'lohan' in the URL line does not count; 'court' is no name")
                .extracting(EcbPlusEventGold.Participant::names).containsExactly(Set.of("lohan"), Set.of());
        assertThat(CapitalWords.of("the team's Chargers' U.S. McDermott")).containsExactly("chargers", "mcdermott");
    }

    @Test
    void placesAreThePlaceMentionsOfTheMainEventsSentences() {
        EcbPlusEventGold.Document doc = byFile.get("1_1ecb.txt");

        assertThat(doc.places()).singleElement().satisfies(p -> {
            assertThat(p.mention()).isEqualTo("the Promises Treatment Center in Malibu");
            assertThat(p.names()).isEqualTo(Set.of("promises", "treatment", "center", "malibu"));
        });
        assertThat(doc.placeNames()).contains("malibu", "los", "angeles");
    }
}
