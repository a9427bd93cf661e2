package org.newsgraph.model;

import java.util.Locale;

/** Where a date came from, strongest first. {@link #NONE} means nothing supports a date. */
public enum DateBasis {
    METADATA, HTML, URL, TEXT, EMBED, WEEKDAY, CLUSTER, NONE;

    /** The lower-case name used in the export and the store. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DateBasis fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
