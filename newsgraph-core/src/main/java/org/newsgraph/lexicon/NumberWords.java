package org.newsgraph.lexicon;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.pipeline.DataFile;

/**
 * The numbers a language writes in words, read from {@code english/number-words.txt}: time
 * expressions count their units with them ("three weeks ago"), claims read quantities with them
 * ("tens of thousands").
 */
public final class NumberWords {

    private static final String FILE = "english/number-words.txt";

    private NumberWords() {}

    /** Each English number word or phrase, lower case and single-spaced, to what it counts. */
    public static Map<String, NumberWord> english() {
        Map<String, NumberWord> words = new HashMap<>();
        DataFile.read(NumberWords.class, FILE, (line, entry) -> {
            String[] f = entry.split("\t");
            if (f.length != 3 || f[0].isBlank()) {
                throw DataFile.fault(FILE, line, "expected word<TAB>value<TAB>kind, got '" + entry + "'");
            }
            String word = f[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (words.put(word, new NumberWord(value(line, f[1].strip()), kind(line, f[2].strip()))) != null) {
                throw DataFile.fault(FILE, line, "'" + word + "' given twice");
            }
        });
        return Map.copyOf(words);
    }

    private static BigDecimal value(int line, String field) {
        try {
            return new BigDecimal(field);
        } catch (NumberFormatException e) {
            throw DataFile.fault(FILE, line, "'" + field + "' is not a number");
        }
    }

    private static NumberWord.Kind kind(int line, String field) {
        try {
            return NumberWord.Kind.valueOf(field.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw DataFile.fault(FILE, line, "'" + field + "' is not one of exact, vague, scaled, scaled-vague");
        }
    }
}
