package org.newsgraph.model;

import java.util.Objects;

/**
 * Two corpus entities found to be one: {@code merged} is retired and its members now belong to
 * {@code into}, the older id. Kept so that an id once exported can still be followed.
 *
 * @param reason why they were joined, as resolution gave it ("typo: Holmgrem ~ Holmgren",
 *               "same name")
 */
public record EntityMerge(long merged, long into, String reason) {

    public EntityMerge {
        if (merged == into) {
            throw new IllegalArgumentException("an entity cannot be merged into itself: " + merged);
        }
        Objects.requireNonNull(reason, "reason");
    }
}
