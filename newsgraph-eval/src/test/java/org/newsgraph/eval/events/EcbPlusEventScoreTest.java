package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.eval.events.EcbPlusEventGold.Participant;
import org.newsgraph.eval.events.EcbPlusEventGold.Place;
import org.newsgraph.eval.link.LabelledCorpus;

/** The ECB+ main-event scorer on a made-up gold and export (names as in ECB+'s first topic, texts invented). */
class EcbPlusEventScoreTest {

    private static final EcbPlusEventGold GOLD = new EcbPlusEventGold(List.of(
            document("1_1ecb.txt", "1", List.of(participant("Tara Reid"), participant("Jack Ketsoyan"),
                    new Participant("HUM3", "HUMAN_PART_PER", List.of("star"), Set.of())),
                    List.of(new Place("the Promises Treatment Center in Malibu", Set.of("promises", "treatment", "center",
                            "malibu"))), Set.of("promises", "treatment", "center", "malibu", "california")),
            document("1_2ecb.txt", "1", List.of(participant("Tara Reid")), List.of(), Set.of()),
            document("1_3ecb.txt", "1", List.of(participant("Tara Reid")), List.of(), Set.of()),
            document("2_1ecb.txt", "2", List.of(participant("Maurice Cheeks")),
                    List.of(new Place("in Philadelphia", Set.of("philadelphia"))), Set.of("philadelphia"))),
            List.of(new GoldClusters.Entry("1_9ecb.txt", "1", "1ecb")));

    @TempDir
    Path dir;

    @Test
    void countsMatchedMissedAndSpuriousParticipantsOfTheMainEventOnly() {
        EcbPlusEventScore.Part odd = EcbPlusEventScore.score(export(), GOLD, t -> !LabelledCorpus.heldOutEcbTopic(t));

        assertThat(odd.documents()).isEqualTo(3);
        assertThat(odd.leftOut()).isEqualTo(1);
        assertThat(odd.absent()).as("1_3ecb is not in the export").isEqualTo(1);
        assertThat(odd.withMainEvent()).isEqualTo(2);
        // 1_1ecb: Reid matched; Promises, a place the document names, spurious; NFL not mentioned there, not
        // counted; Ketsoyan only on a reported event, missed; "star" has no name. 1_2ecb, a copy, has its
        // original's mentions: Reid matched, Promises spurious. 1_3ecb: Reid missed.
        assertThat(odd.participants()).isEqualTo(new EcbPlusEventScore.Participants(4, 2, 4, 2, 1, 1));
        assertThat(odd.participants().precision()).isEqualTo(0.5);
        assertThat(odd.participants().recall()).isEqualTo(0.5);
        assertThat(odd.participants().f1()).isEqualTo(0.5);
    }

    @Test
    void aPlaceMatchesByTheLocationsNamesAndCountsOnBothSides() {
        EcbPlusEventScore.Part odd = EcbPlusEventScore.score(export(), GOLD, t -> !LabelledCorpus.heldOutEcbTopic(t));
        EcbPlusEventScore.Part even = EcbPlusEventScore.score(export(), GOLD, LabelledCorpus::heldOutEcbTopic);

        assertThat(odd.places()).as("Malibu is 1_1ecb's place; 1_2ecb, the copy, has none in the gold")
                .isEqualTo(new EcbPlusEventScore.Places(1, 2, 1));
        assertThat(odd.places().recall()).isEqualTo(1.0);
        assertThat(odd.places().precision()).isEqualTo(0.5);
        assertThat(even.places()).as("Philly, alias Philadelphia").isEqualTo(new EcbPlusEventScore.Places(1, 1, 1));
        assertThat(even.participants()).isEqualTo(new EcbPlusEventScore.Participants(2, 1, 1, 1, 0, 0));
        assertThat(even.documents() + even.leftOut()).isEqualTo(1);
    }

    @Test
    void readsAnExportWithFieldsItDoesNotKnow() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode written = json.valueToTree(export());
        written.put("added_later", true);
        ((ObjectNode) written.get("events").get(0)).put("confidence", 0.5);
        Path file = dir.resolve("export.json");
        json.writeValue(file.toFile(), written);

        ExportDocument read = EcbPlusEventScore.read(file);

        assertThat(EcbPlusEventScore.score(read, GOLD, t -> true)).isEqualTo(EcbPlusEventScore.score(export(), GOLD, t -> true));
    }

    private static EcbPlusEventGold.Document document(String file, String topic, List<Participant> participants,
            List<Place> places, Set<String> placeNames) {
        return new EcbPlusEventGold.Document(file, topic, topic + "ecb", "ACT1", "t_main", participants, places,
                placeNames);
    }

    private static Participant participant(String name) {
        return new Participant("HUM " + name, "HUMAN_PART_PER", List.of(name), CapitalWords.of(name));
    }

    private static ExportDocument export() {
        List<ExportDocument.Article> articles = List.of(article("a1", "dir/1_1ecb.txt", null),
                article("a2", "1_2ecb.txt", "a1"), article("a4", "2_1ecb.txt", null));
        List<ExportDocument.Entity> entities = List.of(
                entity("e1", "Tara Reid", List.of("Reid"), mention("a1", "Reid")),
                entity("e2", "Malibu", List.of(), mention("a1", "Malibu")),
                entity("e3", "NFL", List.of(), mention("a4", "NFL")),
                entity("e5", "Promises", List.of(), mention("a1", "Promises")),
                entity("e6", "Maurice Cheeks", List.of(), mention("a4", "Cheeks")),
                entity("e7", "Philly", List.of("Philadelphia"), mention("a4", "Philly")),
                entity("e8", "Ed Stefanski", List.of(), mention("a4", "Stefanski")),
                entity("e9", "Jack Ketsoyan", List.of(), mention("a1", "Ketsoyan")));
        List<ExportDocument.Event> events = List.of(
                event("v1", "main", "e2", List.of("e1", "e5", "e3"), List.of("a1", "a2")),
                event("v1.1", "reported", null, List.of("e9"), List.of("a1")),
                event("v4", "main", "e7", List.of("e6", "e8"), List.of("a4")));
        return new ExportDocument(ExportDocument.VERSION, articles, entities, List.of(), events, List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private static ExportDocument.Article article(String id, String file, String duplicateOf) {
        return new ExportDocument.Article(id, file, null, null, "none", null, "en",
                new ExportDocument.Published(null, "none", 0), duplicateOf == null ? "ok" : "duplicate", null,
                duplicateOf, "", List.of(), List.of());
    }

    private static ExportDocument.Entity entity(String id, String name, List<String> aliases,
            ExportDocument.Mention mention) {
        return new ExportDocument.Entity(id, name, "PERSON", aliases, 1, List.of(mention), null);
    }

    private static ExportDocument.Mention mention(String article, String text) {
        return new ExportDocument.Mention(article, 0, text.length(), text);
    }

    private static ExportDocument.Event event(String id, String salience, String location, List<String> participants,
            List<String> articles) {
        return new ExportDocument.Event(id, "rehab", null, salience, "", new ExportDocument.EventDate(null, "none", 0),
                location, participants, articles, List.of(), "c" + id.substring(1));
    }
}
