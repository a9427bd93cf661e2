package org.newsgraph.http.read;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.events.ListedStory;

/** A story with its events in its order: by date, the undated last. */
@JsonPropertyOrder({"id", "title", "events"})
public record StoryDetail(String id, String title, List<Views.EventSummary> events) {

    public static StoryDetail of(ListedStory story, Snapshot s) {
        List<ListedEvent> events = story.events().stream().filter(Objects::nonNull).toList();
        return new StoryDetail(story.story().id(), story.story().title(),
                events.stream().map(e -> Views.EventSummary.of(e, s)).toList());
    }
}
