package org.newsgraph.model;

import java.util.Objects;

/**
 * One cluster merged into an older one, when a later look found both report one event: every
 * article of {@code from} is now in {@code into}, and {@code from} is never given again.
 *
 * @param score  the link model's probability that the two are one event
 * @param reason what each feature added, as a placement's reason says it
 */
public record ClusterMerge(long from, long into, double score, String reason) {

    public ClusterMerge {
        Objects.requireNonNull(reason, "reason");
        if (from <= into) {
            throw new IllegalArgumentException("a cluster merges into an older one: c" + from + " into c" + into);
        }
    }
}
