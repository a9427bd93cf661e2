package org.newsgraph.lexicon;

import java.util.Set;

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
}
