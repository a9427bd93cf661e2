package org.newsgraph.lexicon;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The words that belong to the surname after them ("van Dijk", "bin Salman", "dos Santos"), read
 * from {@code names/surname-particles.txt}: entity resolution splits a person's name by them, and
 * event titles keep them before a surname.
 */
public final class SurnameParticles {

    private SurnameParticles() {}

    /** The particles, one lower-case word each, as listed ("st." keeps its full stop). */
    public static Set<String> load() {
        return WordList.load("names/surname-particles.txt");
    }

    /**
     * Where the surname begins among the words of a person's name: at the last word, taking in every
     * particle before it ("von der Leyen"), never at the first word. {@code particle} tells a particle
     * in the form the caller gives the words (folded, or as written).
     */
    public static int surnameStart(List<String> words, Predicate<String> particle) {
        int start = words.size() - 1;
        while (start > 1 && particle.test(words.get(start - 1))) {
            start--;
        }
        return start;
    }
}
