package org.newsgraph.app.entities;

import java.util.function.Predicate;
import org.newsgraph.model.NameWords;

/**
 * Whether a name contains the words a person typed, starting at a word: "kowal" and
 * "anna kow" find "Anna Kowalska", "walska" does not. Case, accents and punctuation are
 * ignored, so "lukasiewicz" finds "Łukasiewicz" and "o'brien" finds "O’Brien".
 */
final class NameMatch implements Predicate<String> {

    private final String words;

    NameMatch(String query) {
        this.words = " " + fold(query);
    }

    @Override
    public boolean test(String name) {
        return (" " + fold(name)).contains(words);
    }

    /** {@link NameWords#fold}. */
    static String fold(String text) {
        return NameWords.fold(text);
    }
}
