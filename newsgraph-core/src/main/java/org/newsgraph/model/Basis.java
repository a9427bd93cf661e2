package org.newsgraph.model;

import java.util.Locale;

/**
 * Where a value (a publication date, an outlet's name) came from, strongest first.
 * {@link #NONE} means nothing supports a value.
 */
public enum Basis {
    METADATA, HTML, URL, TEXT, EMBED, WEEKDAY, CLUSTER, NONE;

    /** The lower-case name used in the export and the store. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Basis fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
