package org.newsgraph.model;

import java.util.Locale;

/** The outcome of one article, as exported. */
public enum ArticleStatus {
    OK, DUPLICATE, REJECTED, FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
