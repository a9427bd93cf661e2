package org.newsgraph.app.events;

import java.util.List;
import org.newsgraph.app.export.ExportDocument;

/** A story with its events, in the story's order (by date, the undated last). */
public record ListedStory(ExportDocument.Story story, List<ListedEvent> events) {

    public ListedStory {
        events = List.copyOf(events);
    }
}
