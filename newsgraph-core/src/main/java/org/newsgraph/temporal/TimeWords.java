package org.newsgraph.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.NumberWord;
import org.newsgraph.lexicon.NumberWords;
import org.newsgraph.pipeline.DataFile;

/**
 * The words of one language that time expressions are read with: weekday and month names,
 * units, direction words and tense cues, each a data file beside this class, and the shared
 * {@link NumberWords}.
 */
final class TimeWords {

    final Map<String, String> weekdays = numbered("weekdays.txt");
    final Map<String, String> months = numbered("months.txt");
    final Map<String, String> numbers = counts(NumberWords.english());
    final Map<String, String> units = table("units.txt");
    final Map<String, String> daysOfAnchor = table("days-of-anchor.txt");
    final Map<String, String> partsOfDay = table("parts-of-day.txt");
    final Map<String, String> directions = table("directions.txt");
    final Map<String, String> dayOffsets = table("day-offsets.txt");
    final Map<String, String> openEnds = table("open-ends.txt");
    final Map<String, String> quarterOrdinals = table("quarter-ordinals.txt");
    final Set<String> vagueCounts = words("vague-counts.txt");
    final Set<String> futureModals = words("future-modals.txt");
    final Set<String> futureHeads = words("future-heads.txt");
    final Set<String> fallCues = words("fall-cues.txt");

    private static final String FOLDER = "english/";

    static TimeWords english() {
        return new TimeWords();
    }

    /** A count as TIMEX3 writes it: digits as written, a number word's value ("X" for "a few"), null if no count. */
    String number(String count) {
        return Character.isDigit(count.charAt(0)) ? count : numbers.get(count.toLowerCase(Locale.ROOT));
    }

    /** The TIMEX3 length of a count and a unit: "six years" P6Y, "a decade" P10Y, "day" P1D; "a few days" and "days" PXD. */
    Optional<String> length(String count, String unit) {
        String n;
        if (count == null) {
            n = unit.toLowerCase(Locale.ROOT).endsWith("s") ? "X" : "1";
        } else {
            n = number(count);
        }
        String letter = units.get(unit.toLowerCase(Locale.ROOT));
        if (n == null || letter == null) {
            return Optional.empty();
        }
        if (letter.equals("DE")) {
            return Optional.of(n.equals("X") ? "PXDE" : "P" + Long.parseLong(n) * 10 + "Y");
        }
        return Optional.of("P" + n + letter);
    }

    /** Alternatives for a regular expression, longest first so that "this coming" wins over "this". */
    static String alternatives(Iterable<String> words) {
        List<String> sorted = new ArrayList<>();
        words.forEach(sorted::add);
        sorted.sort((a, b) -> b.length() - a.length());
        return String.join("|", sorted.stream().map(Pattern::quote).toList());
    }

    /** Each number word to its count as TIMEX3 writes it: the value, or X for a vague word ("a few"). */
    private static Map<String, String> counts(Map<String, NumberWord> words) {
        Map<String, String> counts = new HashMap<>();
        words.forEach((word, n) -> counts.put(word, n.kind().vague() ? "X" : n.value().toPlainString()));
        return Map.copyOf(counts);
    }

    private static Map<String, String> table(String name) {
        Map<String, String> table = new HashMap<>();
        DataFile.read(TimeWords.class, FOLDER + name, (line, entry) -> {
            String[] fields = entry.split("\t");
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw DataFile.fault(FOLDER + name, line, "expected word<TAB>value, got '" + entry + "'");
            }
            if (table.put(fields[0].strip().toLowerCase(Locale.ROOT), fields[1].strip()) != null) {
                throw DataFile.fault(FOLDER + name, line, "'" + fields[0] + "' given twice");
            }
        });
        return Map.copyOf(table);
    }

    /**
     * A file of numbered names, "number name short-form...", as the publication dater reads it
     * too: each name to its number.
     */
    private static Map<String, String> numbered(String name) {
        Map<String, String> table = new HashMap<>();
        DataFile.read(TimeWords.class, FOLDER + name, (line, entry) -> {
            String[] fields = entry.strip().split("\\s+");
            if (fields.length < 2 || !fields[0].matches("\\d+")) {
                throw DataFile.fault(FOLDER + name, line, "expected a number and names, got '" + entry + "'");
            }
            for (int i = 1; i < fields.length; i++) {
                table.put(fields[i].toLowerCase(Locale.ROOT), fields[0]);
            }
        });
        return Map.copyOf(table);
    }

    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        DataFile.read(TimeWords.class, FOLDER + name, (line, entry) -> words.add(entry.strip().toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }
}
