package org.newsgraph.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/** Finds the wire dateline a text opens with ("CITY (Agency) -"): the outlet's city, not the event's. */
final class Datelines {

    private final List<Pattern> patterns;

    Datelines(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The span of the dateline's place name, or null when the text opens with none. */
    Span find(String text) {
        String head = text.substring(0, Math.min(text.length(), 200));
        for (Pattern p : patterns) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                return new Span(m.start("place"), m.end("place"));
            }
        }
        return null;
    }
}
