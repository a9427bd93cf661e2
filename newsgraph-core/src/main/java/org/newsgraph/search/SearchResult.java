package org.newsgraph.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search found: how many hits in all, the page of them asked for (best first), and for
 * each facet ({@code kind}, {@code outlet}, {@code entity}, {@code type}, {@code language},
 * {@code month}) how many of all the hits have each value, the most first. {@code estimated}: too
 * many matched to count them all, so the total and the facet counts are estimates from a random
 * sample of the hits (the page is the best hits all the same).
 */
public record SearchResult(int total, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean estimated) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    /**
     * One hit: the document's kind, id, article, title, outlet and date, and a snippet of its text
     * around what matched.
     */
    public record Hit(HitKind kind, String id, String article, String title, String outlet, String date,
            Snippet snippet, float score) {}

    /**
     * A piece of a hit's text, plain (never markup: a client escapes it as any text), and where
     * in it the query matched: {@code marks} are [start, end) offsets into {@code text}, in UTF-16
     * code units (Java and JavaScript string indices), in order, not overlapping.
     */
    public record Snippet(String text, List<Mark> marks) {

        public Snippet {
            marks = List.copyOf(marks);
        }
    }

    public record Mark(int start, int end) {}

    /** One value of a facet, its label (an entity's name for its id; else the value) and how many hits have it. */
    public record FacetCount(String value, String label, int count) {}
}
