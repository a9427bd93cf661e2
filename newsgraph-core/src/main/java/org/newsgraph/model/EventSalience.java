package org.newsgraph.model;

import java.util.Locale;

/** How an article tells an event: as its subject, as one more thing it reports, or in passing. */
public enum EventSalience {
    /** The event the article is about; articles are clustered on it. */
    MAIN,
    /** Another event the article reports as news, in the same stretch of time as its main event. */
    REPORTED,
    /** A past or coming event the article only refers to ("the summit in July"). */
    MENTIONED;

    /** The lower-case name used in the export and the store. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventSalience fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
