package org.newsgraph.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Family names written before the given name ("Xi Jinping", "Moon Jae-in"), read from
 * {@code names/family-names-first.txt}, and those that are also given names in English ("Kim",
 * "Lee"), read from {@code names/family-names-first-by-form.txt}, which open a name family name
 * first only when its given name reads as syllables ("Kim Jong Un", "Lee Jae-myung"; not "Kim
 * Clijsters"). An event's title names such a person by the first word.
 *
 * @param always family names that open a name of two or three words, lower case
 * @param byForm family names that open one only with a hyphenated given name or two short words
 */
public record FamilyNamesFirst(Set<String> always, Set<String> byForm) {

    /** A syllable of a given name written as a word of its own: "Jong", "Un", "Suk". */
    private static final int SYLLABLE = 4;

    public FamilyNamesFirst {
        always = Set.copyOf(always);
        byForm = Set.copyOf(byForm);
    }

    /** The shipped lists. */
    public static FamilyNamesFirst load() {
        return new FamilyNamesFirst(WordList.load("names/family-names-first.txt"),
                WordList.load("names/family-names-first-by-form.txt"));
    }

    /** Whether the name's first word is its family name. */
    public boolean opens(List<String> words) {
        if (words.size() < 2 || words.size() > 3) {
            return false;
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (always.contains(first)) {
            return true;
        }
        if (!byForm.contains(first)) {
            return false;
        }
        return words.size() == 2 ? words.get(1).indexOf('-') > 0
                : words.get(1).length() <= SYLLABLE && words.get(2).length() <= SYLLABLE;
    }
}
