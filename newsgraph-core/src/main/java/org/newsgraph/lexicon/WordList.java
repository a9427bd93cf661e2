package org.newsgraph.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.pipeline.DataFile;

/** A data file of this package that lists one lower-case word a line, each once. */
final class WordList {

    private WordList() {}

    /** The words of {@code file}; a line that is not one lower-case word, or a word given twice, is a fault naming its line. */
    static Set<String> load(String file) {
        Set<String> words = new HashSet<>();
        DataFile.read(WordList.class, file, (line, entry) -> {
            String word = entry.strip();
            if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace) || !word.equals(word.toLowerCase(Locale.ROOT))) {
                throw DataFile.fault(file, line, "expected one lower-case word, got '" + entry + "'");
            }
            if (!words.add(word)) {
                throw DataFile.fault(file, line, "'" + word + "' given twice");
            }
        });
        return Set.copyOf(words);
    }
}
