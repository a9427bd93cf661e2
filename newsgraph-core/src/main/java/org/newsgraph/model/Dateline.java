package org.newsgraph.model;

import java.util.Objects;

/**
 * The wire dateline at the head of an article ("OSLO, March 12, 2021 (Reuters) - "): the city
 * the outlet filed from, which is not where the story's events happen, and the date it prints,
 * if it prints one, and the whole dateline, agency included. All are spans of the clean text.
 *
 * @param place the city's name
 * @param date  the date as the dateline writes it, or null when it gives none
 * @param whole the dateline from its first word to the dash that ends it ("OSLO, March 12, 2021
 *              (Reuters) -"): what names the filing, not the story
 */
public record Dateline(Span place, Span date, Span whole) {

    public Dateline {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(whole, "whole");
        if (whole.start() > place.start() || whole.end() < place.end()) {
            throw new IllegalArgumentException("a dateline holds its place: " + whole + " and " + place);
        }
    }

    public boolean hasDate() {
        return date != null;
    }
}
