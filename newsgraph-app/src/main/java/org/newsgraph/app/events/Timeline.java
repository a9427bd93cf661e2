package org.newsgraph.app.events;

import java.util.List;
import org.newsgraph.app.export.ExportDocument;

/**
 * The dated events a query picks, in date order; how many undated events it picked that a
 * timeline cannot place; and the undated main events among them, each with why it has no date.
 */
public record Timeline(List<ListedEvent> events, int undated, List<Undated> undatedMain) {

    /** A main event a timeline cannot place, and why. */
    public record Undated(ListedEvent event, String reason) {

        /** The export's event with the reason as its date's note, as a timeline in JSON shows it. */
        public ExportDocument.Event explained() {
            ExportDocument.EventDate d = event.event().date();
            return event.event().withDate(new ExportDocument.EventDate(d.value(), d.basis(), d.confidence(), reason));
        }
    }

    public Timeline {
        events = List.copyOf(events);
        undatedMain = List.copyOf(undatedMain);
    }
}
