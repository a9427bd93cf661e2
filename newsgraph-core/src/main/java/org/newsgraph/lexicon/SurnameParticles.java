package org.newsgraph.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.pipeline.DataFile;

/**
 * The words that belong to the surname after them ("van Dijk", "bin Salman", "dos Santos"), read
 * from {@code names/surname-particles.txt}: entity resolution splits a person's name by them, and
 * event titles keep them before a surname.
 */
public final class SurnameParticles {

    private static final String FILE = "names/surname-particles.txt";

    private SurnameParticles() {}

    /** The particles, one lower-case word each, as listed ("st." keeps its full stop). */
    public static Set<String> load() {
        Set<String> words = new HashSet<>();
        DataFile.read(SurnameParticles.class, FILE, (line, entry) -> {
            String word = entry.strip();
            if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace) || !word.equals(word.toLowerCase(Locale.ROOT))) {
                throw DataFile.fault(FILE, line, "expected one lower-case word, got '" + entry + "'");
            }
            if (!words.add(word)) {
                throw DataFile.fault(FILE, line, "'" + word + "' given twice");
            }
        });
        return Set.copyOf(words);
    }
}
