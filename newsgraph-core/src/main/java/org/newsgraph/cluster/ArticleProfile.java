package org.newsgraph.cluster;

import java.util.Map;
import java.util.Objects;
import org.newsgraph.model.EventSignature;

/**
 * One article as clustering sees it: its term counts (words of the body, words of the title and
 * lead such as {@code ^visit}, numbers such as {@code #7.1}, and entity keys such as {@code @12} for corpus entity 12; see
 * {@link TermClass}), the signature of its main event, and the sentence embedding of its title and
 * lead (empty when there is none).
 */
public record ArticleProfile(long article, Map<String, Integer> terms, EventSignature event, float[] embedding) {

    public ArticleProfile {
        terms = Map.copyOf(terms);
        Objects.requireNonNull(event, "event");
        embedding = embedding.clone();
    }

    /** A profile without an embedding. */
    public ArticleProfile(long article, Map<String, Integer> terms, EventSignature event) {
        this(article, terms, event, new float[0]);
    }

    /** The term that stands for a corpus entity. */
    public static String entityKey(long entity) {
        return "@" + entity;
    }

    /** The term that stands for a number of the text. */
    public static String numberKey(String number) {
        return "#" + number;
    }

    /** The term that stands for a word of the title or the lead. */
    public static String headKey(String word) {
        return "^" + word;
    }
}
