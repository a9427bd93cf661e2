package org.newsgraph.cli;

import java.util.List;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.events.Timeline;
import org.newsgraph.app.export.ExportDocument;

/**
 * The end of analyze's summary: a header line, then the store's dated main events in date
 * order, one line each, the latest {@link #LINES} when there are more, then the undated ones, each
 * with why it has no date.
 */
final class TimelineSummary {

    static final int LINES = 10;
    static final int TITLE_WIDTH = 60;
    static final int SOURCES_WIDTH = 60;
    private static final String UNDATED = "undated";

    String render(Timeline mainEvents, String store) {
        List<ListedEvent> dated = mainEvents.events();
        int all = dated.size() + mainEvents.undated();
        if (all == 0) {
            return "timeline: no events found\n";
        }
        List<ListedEvent> shown = dated.subList(Math.max(0, dated.size() - LINES), dated.size());
        StringBuilder s = new StringBuilder("timeline: " + all + " main events, " + dated.size() + " dated"
                + (shown.size() < dated.size() ? ", the latest " + shown.size() : "")
                + " (all events: ./newsgraph timeline --store " + store + ")\n");
        int width = shown.stream().mapToInt(e -> e.event().date().value().length()).max().orElse(0);
        for (ListedEvent e : shown) {
            ExportDocument.Event v = e.event();
            s.append(String.format("  %-" + width + "s  %s  %s%s  [%s]%n", v.date().value(), v.id(),
                    TextTable.cut(v.title(), TITLE_WIDTH), e.place() == null ? "" : " (" + e.place() + ")",
                    TextTable.cut(reports(e), SOURCES_WIDTH)));
        }
        List<Timeline.Undated> undated = mainEvents.undatedMain();
        for (Timeline.Undated u : undated.subList(0, Math.min(LINES, undated.size()))) {
            ExportDocument.Event v = u.event().event();
            s.append(String.format("  %-" + Math.max(width, UNDATED.length()) + "s  %s  %s  [%s]: %s%n", UNDATED, v.id(),
                    TextTable.cut(v.title(), TITLE_WIDTH), TextTable.cut(reports(u.event()), SOURCES_WIDTH), u.reason()));
        }
        if (undated.size() > LINES) {
            s.append("  and " + (undated.size() - LINES) + " more undated main events\n");
        }
        return s.toString();
    }

    private static String reports(ListedEvent e) {
        int n = e.reports().size();
        return (n == 1 ? "" : n + " reports: ") + String.join(", ", e.sources());
    }
}
