package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.cli.Listings.event;
import static org.newsgraph.cli.Listings.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.events.ListedEvent;

class EventTableTest {

    private static final List<ListedEvent> EVENTS = List.of(
            event("v2", "main", "2023-04-20", "text", "visit", "Berg visits Tallinn", "Tallinn", List.of("Anna Berg"),
                    report("a1", "Daily Planet", "Berg came."), report("a3", "3.txt", null), report("a4", "Daily Planet", "x")),
            event("v2.1", "mentioned", "2023-07", "cluster", "summit", "Summit in July", null, List.of(),
                    report("a1", "Daily Planet", "The summit.")),
            event("v5", "main", null, "none", "call", "A call", null, List.of()));

    @Test
    void aListingLeadsWithTheIdAndShowsDateAndBasisKindPlaceReportsAndSources() {
        List<String> lines = EventTable.listing().render(EVENTS).lines().toList();

        assertThat(lines.get(0)).matches("id\\s+date\\s+kind\\s+type\\s+title\\s+place\\s+reports\\s+sources");
        assertThat(lines.get(1)).matches("v2\\s+2023-04-20 text\\s+main\\s+visit\\s+Berg visits Tallinn\\s+Tallinn\\s+3"
                + "\\s+Daily Planet, 3.txt");
        assertThat(lines.get(2)).matches("v2.1\\s+2023-07 cluster\\s+mentioned\\s+summit\\s+Summit in July\\s+-\\s+1\\s+Daily Planet");
        assertThat(lines.get(3)).matches("v5\\s+undated\\s+main\\s+call\\s+A call\\s+-\\s+0");
    }

    @Test
    void aTimelineLeadsWithTheDateAndColumnsLineUp() {
        List<String> lines = EventTable.timeline().render(EVENTS.subList(0, 2)).lines().toList();

        assertThat(lines.get(0)).startsWith("date").contains("  id  ");
        assertThat(lines.get(1)).startsWith("2023-04-20 text  v2  ");
        assertThat(lines.get(2)).startsWith("2023-07 cluster  v2.1");
        assertThat(lines.get(1).indexOf("visit")).isEqualTo(lines.get(2).indexOf("summit"));
    }

    @Test
    void longTitlesAreCutSoThatOneDoesNotWidenEveryRow() {
        ListedEvent longOne = event("v1", "main", "2023", "text", "visit", "word ".repeat(40), null, List.of());

        String row = EventTable.listing().render(List.of(longOne)).lines().toList().get(1);

        assertThat(row).contains("…").hasSizeLessThan(EventTable.TITLE_WIDTH + 50);
    }
}
