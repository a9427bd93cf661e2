package org.newsgraph.model;

import java.util.List;

/**
 * A thread of events: cluster events linked by the people and organisations that take part in
 * them and the places they happen in.
 *
 * @param id     the smallest cluster id among its events, so the id lasts while the story grows
 * @param events the export ids of its events in date order, the undated last
 */
public record Story(long id, String title, List<String> events) {

    public Story {
        events = List.copyOf(events);
    }

    /** The id as exported: {@code s} followed by the id. */
    public String exportId() {
        return exportId(id);
    }

    public static String exportId(long id) {
        return "s" + id;
    }
}
