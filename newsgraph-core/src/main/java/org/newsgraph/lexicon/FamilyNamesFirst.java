package org.newsgraph.lexicon;

import java.util.Set;

/**
 * Family names written before the given name ("Xi Jinping", "Moon Jae-in"), read from
 * {@code names/family-names-first.txt}: an event's title names such a person by the first word.
 */
public final class FamilyNamesFirst {

    private FamilyNamesFirst() {}

    /** The family names, lower case. */
    public static Set<String> load() {
        return WordList.load("names/family-names-first.txt");
    }
}
