package org.newsgraph.cli;

import java.util.List;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.export.ExportDocument;

/** Hand-built events as the catalog lists them, for the renderers' tests. */
final class Listings {

    private Listings() {}

    static ListedEvent event(String id, String salience, String date, String basis, String type, String title,
            String place, List<String> participants, ListedEvent.Report... reports) {
        ExportDocument.Event e = new ExportDocument.Event(id, type, null, salience, title,
                new ExportDocument.EventDate(date, basis, date == null ? 0 : 0.9), place == null ? null : "e9",
                List.of(), List.of(reports).stream().map(ListedEvent.Report::article).toList(), List.of(),
                "c" + id.substring(1).split("\\.")[0]);
        return new ListedEvent(e, place, participants, List.of(reports));
    }

    static ListedEvent.Report report(String article, String source, String evidence) {
        return new ListedEvent.Report(article, source, evidence);
    }
}
