package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.export.ExportDocument;

/** The press checks on a made-up export of two releases (names invented). */
class PressEventScoreTest {

    private static final String GOLD = """
            {"a.txt": {"published": "2024-03-05", "headline": "Kowalska had a phone conversation with Nowak",
                       "event": {"type": "call", "participants": ["Anna Kowalska", "Jan Nowak"], "date": "2024-03-05"}},
             "b.txt": {"published": "2024-03-06", "headline": "Kowalska met with the mayor of Lisbon",
                       "event": {"type": "meeting", "participants": ["Anna Kowalska"], "place": ["Lisbon"],
                                 "date": "2024-03-06"}},
             "c.txt": {"published": "2024-03-07", "headline": "Kowalska signed a decree"}}""";

    @Test
    void eachCheckHoldsOnAnEventOfTheGoldTypeAndWholeOnlyWhenOneEventMeetsThemAll() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(GOLD);
        ExportDocument export = export(List.of(
                event("v1", "call", "2024-03-04", null, List.of("e1", "e2"), "a1"),
                event("v2", "negotiation", "2024-03-09", "e3", List.of("e1"), "a2"),
                event("v2.1", "meeting", "2024-03-06", null, List.of(), "a2")));

        PressEventScore.Result r = PressEventScore.score(export, gold, f -> true);

        assertThat(r.checks().get("type")).isEqualTo(new PressEventScore.Check(2, 2));
        assertThat(r.checks().get("actor")).isEqualTo(new PressEventScore.Check(2, 2));
        assertThat(r.checks().get("counterpart")).isEqualTo(new PressEventScore.Check(1, 1));
        assertThat(r.checks().get("place")).isEqualTo(new PressEventScore.Check(1, 1));
        assertThat(r.checks().get("day")).as("a day before the gold's counts, three days after does not")
                .isEqualTo(new PressEventScore.Check(2, 2));
        assertThat(r.checks().get("whole")).as("b's place and day are on two events")
                .isEqualTo(new PressEventScore.Check(1, 2));
        assertThat(r.misses().get("whole")).containsExactly("b.txt");
        assertThat(PressEventScore.score(export, gold, f -> f.equals("a.txt")).checks().get("type").applies()).isEqualTo(1);
    }

    private static ExportDocument export(List<ExportDocument.Event> events) {
        List<ExportDocument.Article> articles = List.of(article("a1", "a.txt"), article("a2", "dir/b.txt"));
        List<ExportDocument.Entity> entities = List.of(entity("e1", "Anna Kowalska", "Kowalska"),
                entity("e2", "Jan Nowak"), entity("e3", "Lisboa", "Lisbon"));
        return new ExportDocument(ExportDocument.VERSION, articles, entities, List.of(), events, List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private static ExportDocument.Article article(String id, String file) {
        return new ExportDocument.Article(id, file, null, null, "none", null, "en",
                new ExportDocument.Published(null, "none", 0), "ok", null, null, "", List.of(), List.of());
    }

    private static ExportDocument.Entity entity(String id, String name, String... aliases) {
        return new ExportDocument.Entity(id, name, "PERSON", List.of(aliases), 1, List.of(), null);
    }

    private static ExportDocument.Event event(String id, String type, String day, String location,
            List<String> participants, String article) {
        return new ExportDocument.Event(id, type, null, "main", "", new ExportDocument.EventDate(day, "text", 0.9),
                location, participants, List.of(article), List.of(), null);
    }
}
