package org.newsgraph.search;

import java.util.Locale;
import java.util.Optional;

/** What a search hit is: each kind is a document of its own in the index. */
public enum HitKind {
    ARTICLE,
    QUOTE,
    CLAIM,
    ENTITY,
    EVENT;

    /** The kind's name as the CLI and the API write it: {@code article}, {@code event}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a word names (any case), if any. */
    public static Optional<HitKind> of(String word) {
        for (HitKind kind : values()) {
            if (kind.word().equalsIgnoreCase(word.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
