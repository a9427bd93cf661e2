package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.cli.Listings.event;
import static org.newsgraph.cli.Listings.report;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.events.Timeline;

class TimelineSummaryTest {

    @Test
    void listsTheDatedMainEventsUnderAHeaderWithPlaceAndSources() {
        Timeline timeline = new Timeline(List.of(
                event("v1", "main", "2022-06", "text", "summit", "Summit", "Tallinn", List.of(), report("a1", "1.txt", "s")),
                event("v2", "main", "2023-04-20", "text", "visit", "Visit", null, List.of(),
                        report("a2", "Daily Planet", "s"), report("a3", "3.txt", "s"))), 1, List.of());

        List<String> lines = new TimelineSummary().render(timeline, "data").lines().toList();

        assertThat(lines).containsExactly(
                "timeline: 3 main events, 2 dated (all events: ./newsgraph timeline --store data)",
                "  2022-06     v1  Summit (Tallinn)  [1.txt]",
                "  2023-04-20  v2  Visit  [2 reports: Daily Planet, 3.txt]");
    }

    @Test
    void listsTheUndatedMainEventsAfterTheDatedWithWhyTheyHaveNoDate() {
        ListedEvent undated = event("v3", "main", null, "none", "call", "Call", null, List.of(), report("a4", "4.txt", "s"));
        Timeline timeline = new Timeline(List.of(event("v1", "main", "2022-06", "text", "summit", "Summit", null,
                List.of(), report("a1", "1.txt", "s"))), 1, List.of(new Timeline.Undated(undated, "no date anywhere")));

        List<String> lines = new TimelineSummary().render(timeline, "data").lines().toList();

        assertThat(lines).containsExactly(
                "timeline: 2 main events, 1 dated (all events: ./newsgraph timeline --store data)",
                "  2022-06  v1  Summit  [1.txt]",
                "  undated  v3  Call  [4.txt]: no date anywhere");
    }

    @Test
    void showsTheLatestTenAtMost() {
        List<ListedEvent> events = new ArrayList<>();
        for (int day = 10; day < 25; day++) {
            events.add(event("v" + day, "main", "2023-04-" + day, "text", "visit", "Visit " + day, null, List.of()));
        }

        List<String> lines = new TimelineSummary().render(new Timeline(events, 0, List.of()), "data").lines().toList();

        assertThat(lines).hasSize(1 + TimelineSummary.LINES);
        assertThat(lines.get(0)).startsWith("timeline: 15 main events, 15 dated, the latest 10 ");
        assertThat(lines.get(1)).contains("2023-04-15");
        assertThat(lines.get(10)).contains("2023-04-24");
    }

    @Test
    void saysSoWhenThereAreNoEvents() {
        assertThat(new TimelineSummary().render(new Timeline(List.of(), 0, List.of()), "data")).isEqualTo("timeline: no events found\n");
    }
}
