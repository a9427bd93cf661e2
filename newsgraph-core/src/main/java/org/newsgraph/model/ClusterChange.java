package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One correction of the event clusters after the articles were placed: a merge of two clusters or a
 * split of one. Ids never go backwards and are never given twice: a merge keeps the older id
 * ({@code into}, the smaller) and ends {@code from}; a split keeps {@code from} on its larger part
 * and gives the part it moves ({@code articles}) the new id {@code into}.
 *
 * @param articles the articles that changed cluster: {@code from}'s for a merge, the moved part's for a split
 * @param score    the average-linkage probability between the two parts (every pair of their articles)
 * @param reason   what decided it, in words: the probability, the cut, the rule that parted them
 */
public record ClusterChange(Kind kind, long from, long into, List<Long> articles, double score, String reason) {

    /** What happened to the clusters. */
    public enum Kind {
        MERGE, SPLIT;

        /** As the store and the export name it. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ClusterChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a " + kind.key() + " moves at least one article");
        }
        if (kind == Kind.MERGE && from <= into) {
            throw new IllegalArgumentException("a cluster merges into an older one: c" + from + " into c" + into);
        }
        if (kind == Kind.SPLIT && into <= from) {
            throw new IllegalArgumentException("a split gives a new id: c" + from + " to c" + into);
        }
    }

    /** The ids before: both clusters for a merge, the one split for a split. */
    public List<Long> before() {
        return kind == Kind.MERGE ? List.of(into, from) : List.of(from);
    }

    /** The ids after: the kept one for a merge, both parts for a split. */
    public List<Long> after() {
        return kind == Kind.MERGE ? List.of(into) : List.of(from, into);
    }
}
