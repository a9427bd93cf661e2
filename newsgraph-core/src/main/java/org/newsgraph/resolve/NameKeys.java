package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys under which spellings of one name meet: folded words (lower case, accents and
 * punctuation gone) and a transliteration skeleton, in which the usual differences between
 * romanisations vanish: y/i and doubled letters ("-sky", "-skyy", "-skiy", "-skii" all give
 * "-ski"), kh/h, w/v, ph/f, ck/k, x/ks.
 */
final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}@#]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private NameKeys() {}

    /** Lower-case letters and digits of a name, accents removed, words single-spaced. */
    static String fold(String name) {
        return String.join(" ", words(name));
    }

    /** The folded words of a name, a possessive ending dropped. */
    static List<String> words(String name) {
        String plain = POSSESSIVE.matcher(name.strip()).replaceAll("");
        String folded = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l").replace("đ", "d")
                .replace("’", "").replace("'", "");
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(folded)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The transliteration skeleton of one folded word. */
    static String skeleton(String word) {
        String s = word.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("w", "v")
                .replace("x", "ks").replace('y', 'i');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The skeleton of a whole name, its words run together. */
    static String nameSkeleton(String name) {
        return skeleton(String.join("", words(name)));
    }
}
