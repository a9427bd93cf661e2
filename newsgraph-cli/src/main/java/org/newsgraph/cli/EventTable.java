package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.export.ExportDocument;

/**
 * Events as a table, one row an event: id, whether it is what its cluster is about (main) or
 * one its articles report or mention, the date with its basis, type, title, place, how many
 * articles report it and their outlets (else files). A listing leads with the id, a timeline with
 * the date.
 */
final class EventTable {

    static final int TITLE_WIDTH = 60;
    static final int PLACE_WIDTH = 24;
    static final int SOURCES_WIDTH = 90;

    private final boolean dateFirst;

    private EventTable(boolean dateFirst) {
        this.dateFirst = dateFirst;
    }

    /** A listing: the id first. */
    static EventTable listing() {
        return new EventTable(false);
    }

    /** A timeline: the date first. */
    static EventTable timeline() {
        return new EventTable(true);
    }

    String render(List<ListedEvent> events) {
        List<String> headers = new ArrayList<>(List.of("id", "date", "kind", "type", "title", "place", "reports", "sources"));
        swapIdAndDate(headers);
        TextTable table = new TextTable(headers, Set.of(6));
        for (ListedEvent e : events) {
            ExportDocument.Event v = e.event();
            List<String> row = new ArrayList<>(List.of(v.id(), date(v), v.salience(), v.type(),
                    TextTable.cut(v.title(), TITLE_WIDTH), TextTable.cut(e.place(), PLACE_WIDTH),
                    String.valueOf(e.reports().size()), TextTable.cut(String.join(", ", e.sources()), SOURCES_WIDTH)));
            swapIdAndDate(row);
            table.add(row);
        }
        return table.render();
    }

    private void swapIdAndDate(List<String> cells) {
        if (dateFirst) {
            cells.set(0, cells.set(1, cells.get(0)));
        }
    }

    /** The date with its basis ("2023-04-20 text"), or "undated". */
    static String date(ExportDocument.Event event) {
        return event.date().value() == null ? "undated" : event.date().value() + " " + event.date().basis();
    }
}
