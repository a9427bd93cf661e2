package org.newsgraph.cluster;

import java.util.Map;
import java.util.Objects;
import org.newsgraph.model.EventSignature;

/**
 * One article as clustering sees it: its term counts (words, and entity keys such as {@code @12}
 * for corpus entity 12) and the signature of its main event.
 */
public record ArticleProfile(long article, Map<String, Integer> terms, EventSignature event) {

    public ArticleProfile {
        terms = Map.copyOf(terms);
        Objects.requireNonNull(event, "event");
    }

    /** The term that stands for a corpus entity. */
    public static String entityKey(long entity) {
        return "@" + entity;
    }

    static boolean isEntityKey(String term) {
        return term.startsWith("@");
    }
}
