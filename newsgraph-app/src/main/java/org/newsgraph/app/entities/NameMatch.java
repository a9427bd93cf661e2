package org.newsgraph.app.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether a name contains the words a person typed, starting at a word: "kowal" and
 * "anna kow" find "Anna Kowalska", "walska" does not. Case, accents and punctuation are
 * ignored, so "lukasiewicz" finds "Łukasiewicz" and "o'brien" finds "O’Brien".
 */
final class NameMatch implements Predicate<String> {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String words;

    NameMatch(String query) {
        this.words = " " + fold(query);
    }

    @Override
    public boolean test(String name) {
        return (" " + fold(name)).contains(words);
    }

    /**
     * Lower case without diacritics, the letters that do not decompose spelled out, and every run
     * of other characters one space.
     */
    static String fold(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        String spelled = bare.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
        return NOT_WORD.matcher(spelled).replaceAll(" ").strip();
    }
}
