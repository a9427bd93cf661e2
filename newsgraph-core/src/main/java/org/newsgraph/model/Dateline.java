package org.newsgraph.model;

import java.util.Objects;

/**
 * The wire dateline at the head of an article ("OSLO, March 12, 2021 (Reuters) - "): the city
 * the outlet filed from, which is not where the story's events happen, and the date it prints,
 * if it prints one. Both are spans of the clean text.
 *
 * @param place the city's name
 * @param date  the date as the dateline writes it, or null when it gives none
 */
public record Dateline(Span place, Span date) {

    public Dateline {
        Objects.requireNonNull(place, "place");
    }

    public boolean hasDate() {
        return date != null;
    }
}
