package org.newsgraph.model;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names as a person types them: lower case, without accents, punctuation as spaces. A name has
 * the words a person typed when one of its {@link #starts} begins with the typed words folded, so
 * that "kowal" and "anna kow" find "Anna Kowalska", "walska" does not; the store indexes the
 * starts so that a name is found without reading every entity.
 */
public final class NameWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameWords() {}

    /**
     * Lower case without diacritics, the letters that do not decompose spelled out, and every run
     * of other characters one space.
     */
    public static String fold(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        String spelled = bare.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
        return NOT_WORD.matcher(spelled).replaceAll(" ").strip();
    }

    /** The folded name from each of its words on: "anna kowalska", "kowalska". */
    public static Set<String> starts(String name) {
        String folded = fold(name);
        Set<String> starts = new LinkedHashSet<>();
        for (int i = 0; i < folded.length(); i++) {
            if (i == 0 || folded.charAt(i - 1) == ' ') {
                starts.add(folded.substring(i));
            }
        }
        return starts;
    }
}
