package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.SurnameParticles;

/**
 * A person's name split the way resolution compares it: given names and a surname, both folded.
 * Particles ("de", "van") belong to the surname, suffixes ("Jr") are dropped, and a one-word name
 * is a surname alone: news text calls people by surname.
 */
record PersonName(List<String> given, String surname) {

    PersonName {
        given = List.copyOf(given);
    }

    static PersonName parse(String name, Set<String> particles, Set<String> suffixes) {
        List<String> words = new ArrayList<>(NameKeys.words(name));
        while (words.size() > 1 && suffixes.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return new PersonName(List.of(), "");
        }
        int start = SurnameParticles.surnameStart(words, particles::contains);
        return new PersonName(words.subList(0, start), String.join(" ", words.subList(start, words.size())));
    }

    boolean hasGivenName() {
        return !given.isEmpty();
    }

    /** The first given name, or "" for a surname alone. */
    String firstGiven() {
        return given.isEmpty() ? "" : given.get(0);
    }

    /** The skeleton of the surname, under which its spellings meet. */
    String surnameKey() {
        return NameKeys.skeleton(surname.replace(" ", ""));
    }
}
