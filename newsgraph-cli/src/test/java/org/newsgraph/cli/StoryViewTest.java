package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.cli.Listings.event;
import static org.newsgraph.cli.Listings.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.events.ListedStory;
import org.newsgraph.app.export.ExportDocument;

class StoryViewTest {

    @Test
    void showsTheTitleThenEachEventWithPlaceParticipantsAndEveryReportsSentence() {
        ListedStory story = new ListedStory(new ExportDocument.Story("s2", "Anna Berg and Piet Marsman: 2 events, 2023-04-20 to 2024",
                List.of("v2", "v7")), List.of(
                event("v2", "main", "2023-04-20", "text", "visit", "Berg visits Tallinn", "Tallinn",
                        List.of("Anna Berg", "Piet Marsman"), report("a1", "Daily Planet", "Anna Berg arrived in Tallinn."),
                        report("a3", "3.txt", null)),
                event("v7", "main", null, "none", "call", "Berg calls Marsman", null, List.of())));

        String text = new StoryView().render(story);

        assertThat(text.lines().toList()).containsExactly(
                "s2  Anna Berg and Piet Marsman: 2 events, 2023-04-20 to 2024",
                "",
                "2023-04-20 text  v2  visit  Berg visits Tallinn",
                "    place: Tallinn",
                "    participants: Anna Berg, Piet Marsman",
                "    Daily Planet (a1): \"Anna Berg arrived in Tallinn.\"",
                "    3.txt (a3): (no sentence of it here: a copy, or an article that tells it otherwise)",
                "",
                "undated  v7  call  Berg calls Marsman",
                "    place: not told",
                "    participants: not told");
    }
}
