package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name someone or somewhere in a string, by which the ECB+ event scorer pairs the
 * product's names with the gold's mentions (their offsets differ): runs of letters and digits that
 * begin with a capital, two characters or more, and are no stop word ({@code english/stop-words.txt}),
 * lower-cased. "Charger Jamal Williams" gives charger, jamal, williams; "the team's" nothing; "U.S."
 * nothing either (single letters are initials, not names).
 */
final class CapitalWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Set<String> STOP_WORDS = TfIdfVectors.stopWords("english/stop-words.txt");

    private CapitalWords() {}

    /** The name words of every string, in order of first appearance. */
    static Set<String> of(Iterable<String> texts) {
        Set<String> names = new LinkedHashSet<>();
        texts.forEach(t -> names.addAll(of(t)));
        return names;
    }

    /** The name words of one string, in order. */
    static Set<String> of(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (named(word)) {
                names.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Whether a word, as written, may be part of a name. */
    static boolean named(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                && !STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word that is no name wherever it stands: it begins with a lower-case letter, four letters or more, no stop word. */
    static boolean common(String word) {
        return word.length() >= 4 && Character.isLowerCase(word.codePointAt(0))
                && !STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The runs of letters and digits of a string. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
