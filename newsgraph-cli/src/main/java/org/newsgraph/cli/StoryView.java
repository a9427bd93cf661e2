package org.newsgraph.cli;

import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.events.ListedStory;
import org.newsgraph.app.export.ExportDocument;

/**
 * A story as text: its id and title, then its events in order, each with its date, id, type and
 * title on one line, its place and participants, and each report's source and sentence below.
 */
final class StoryView {

    static final int EVIDENCE_WIDTH = 220;

    String render(ListedStory story) {
        StringBuilder s = new StringBuilder(story.story().id()).append("  ").append(story.story().title()).append('\n');
        for (ListedEvent e : story.events()) {
            ExportDocument.Event v = e.event();
            s.append('\n').append(EventTable.date(v)).append("  ").append(v.id()).append("  ").append(v.type())
                    .append("  ").append(v.title()).append('\n');
            s.append("    place: ").append(e.place() == null ? "not told" : e.place()).append('\n');
            s.append("    participants: ").append(e.participants().isEmpty() ? "not told" : String.join(", ", e.participants()))
                    .append('\n');
            for (ListedEvent.Report r : e.reports()) {
                s.append("    ").append(r.source()).append(" (").append(r.article()).append("): ")
                        .append(r.evidence() == null ? "(no sentence of it here: a copy, or an article that tells it otherwise)" : "\"" + TextTable.cut(r.evidence(), EVIDENCE_WIDTH) + "\"")
                        .append('\n');
            }
        }
        return s.toString();
    }
}
