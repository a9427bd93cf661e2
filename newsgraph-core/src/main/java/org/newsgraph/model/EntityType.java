package org.newsgraph.model;

import java.util.Optional;

/** The coarse entity types of the export. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC;

    /**
     * Maps a named-entity tag (CoreNLP's coarse and fine-grained tags among them) to a type, or
     * empty for tags that are not names (dates, numbers, titles, O).
     */
    public static Optional<EntityType> fromNerTag(String tag) {
        return switch (tag) {
            case "PERSON" -> Optional.of(PERSON);
            case "ORGANIZATION" -> Optional.of(ORGANIZATION);
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> Optional.of(LOCATION);
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> Optional.of(MISC);
            default -> Optional.empty();
        };
    }
}
