package org.newsgraph.model;

import java.util.Map;

/**
 * What a cluster of reports on one event is known by, kept to compare a new article with: the sum
 * of its members' weighted term vectors (words and entity keys, cut to the strongest terms) and
 * the signature of its event.
 *
 * @param size how many articles (copies not counted) have been added to it
 */
public record ClusterProfile(long id, int size, Map<String, Double> terms, EventSignature event) {

    public ClusterProfile {
        terms = Map.copyOf(terms);
        if (size < 1) {
            throw new IllegalArgumentException("a cluster has at least one article: " + size);
        }
    }
}
