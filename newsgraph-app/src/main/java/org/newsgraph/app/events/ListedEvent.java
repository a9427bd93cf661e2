package org.newsgraph.app.events;

import java.util.List;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.model.DatePeriod;

/**
 * An event as listings show it: the export's event, the names of its place (null when it has
 * none) and participants, and its reports.
 */
public record ListedEvent(ExportDocument.Event event, String place, List<String> participants, List<Report> reports) {

    public ListedEvent {
        participants = List.copyOf(participants);
        reports = List.copyOf(reports);
    }

    /**
     * One article that reports the event: its export id, its outlet (else its file name) and the
     * first sentence in it that tells the event, null when it has none (a copy of another report).
     */
    public record Report(String article, String source, String evidence) {}

    /** The outlets or files of the reports, each once, in article order. */
    public List<String> sources() {
        return reports.stream().map(Report::source).distinct().toList();
    }

    public boolean isDated() {
        return DatePeriod.of(event.date().value()).isPresent();
    }
}
