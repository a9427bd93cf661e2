package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The keys a place name is looked up by: case folded, and further folded to ASCII so that a text
 * writing a name without its diacritics still finds the place spelled with them.
 */
final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private PlaceNames() {}

    /** Lower case, typographic apostrophes straightened, runs of spaces made one. */
    static String caseFolded(String name) {
        String spaced = SPACES.matcher(name.strip()).replaceAll(" ");
        return spaced.replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    /** The case-folded key with diacritics dropped and the letters that do not decompose spelled out. */
    static String asciiFolded(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(caseFolded(name), Normalizer.Form.NFD)).replaceAll("");
        return bare.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
    }
}
