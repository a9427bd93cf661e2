package org.newsgraph.model;

import java.util.Locale;

/**
 * Where a value (a publication date, an outlet's name, an event's date) came from, strongest
 * first. {@link #PUBLISHED} dates an event by its report's publication day: news reports what
 * happened on that day or just before it. {@link #NONE} means nothing supports a value.
 */
public enum Basis {
    METADATA, HTML, URL, TEXT, EMBED, WEEKDAY, CLUSTER, PUBLISHED, NONE;

    /** The lower-case name used in the export and the store. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Basis fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
