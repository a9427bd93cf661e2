package org.newsgraph.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * What a cluster of reports on one event is known by, kept to compare a new article with: the sum
 * of its members' weighted term vectors (words and entity keys, cut to the strongest terms), the
 * signature of its event, and the sum of its members' sentence embeddings (empty when they
 * have none).
 *
 * @param size how many articles (copies not counted) have been added to it
 */
public record ClusterProfile(long id, int size, Map<String, Double> terms, EventSignature event, float[] embedding) {

    public ClusterProfile {
        terms = Map.copyOf(terms);
        if (size < 1) {
            throw new IllegalArgumentException("a cluster has at least one article: " + size);
        }
        embedding = embedding.clone();
    }

    /** A profile without an embedding. */
    public ClusterProfile(long id, int size, Map<String, Double> terms, EventSignature event) {
        this(id, size, terms, event, new float[0]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClusterProfile p && id == p.id && size == p.size && terms.equals(p.terms)
                && event.equals(p.event) && Arrays.equals(embedding, p.embedding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, size, terms, event, Arrays.hashCode(embedding));
    }
}
