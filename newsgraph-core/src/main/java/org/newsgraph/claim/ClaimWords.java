package org.newsgraph.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.NumberWord;
import org.newsgraph.lexicon.NumberWords;
import org.newsgraph.lexicon.SpeechWords;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.DataFile;

/**
 * The words of one language that quantities and their claimants are read with: currencies,
 * scale words, qualifiers, counted nouns, what rules a number out and subject cues, each a data
 * file in {@code english/} beside this class, and the shared {@link NumberWords} and
 * {@link SpeechWords} (speech verbs, pronouns, attribution phrases, as the quote stage reads them).
 * All keys are lower case.
 */
final class ClaimWords {

    private static final String FOLDER = "english/";

    record Scale(BigDecimal multiplier, boolean isShort) {}

    final Map<String, String> currenciesBefore = new HashMap<>();
    final Map<String, String> currenciesAfter = new HashMap<>();
    final Map<String, Scale> scales = new HashMap<>();
    final Map<String, NumberWord> numberWords = NumberWords.english();
    final Map<String, String> qualifiersBefore = new HashMap<>();
    final Map<String, String> qualifiersAfter = new HashMap<>();
    final Map<String, String> countedNouns = table("counted-nouns.txt", 2).entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(1)));
    final Set<String> notUnits = words("not-units.txt");
    final Set<String> skipBefore = words("skip-before.txt");
    final Set<String> skipAfter = words("skip-after.txt");
    /** Lemmas of the verbs that report speech. */
    final Set<String> speechVerbs = SpeechWords.verbs();
    final Set<String> attributionPhrases = SpeechWords.attributionPhrases().stream().map(words -> String.join(" ", words))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The pronouns that stand for a person. */
    final Set<String> pronouns = SpeechWords.pronouns().entrySet().stream().filter(e -> e.getValue() == EntityType.PERSON)
            .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
    final Set<String> subjectPrepositions = words("subject-prepositions.txt");
    final Set<String> subjectStops = words("subject-stops.txt");
    final Set<String> subjectFillers = words("subject-fillers.txt");

    private ClaimWords() {
        table("currencies.txt", 3).forEach((form, f) -> {
            if (!f.get(2).equals("after")) {
                currenciesBefore.put(form, f.get(1));
            }
            if (!f.get(2).equals("before")) {
                currenciesAfter.put(form, f.get(1));
            }
        });
        table("scales.txt", 3).forEach((word, f) -> scales.put(word,
                new Scale(new BigDecimal(f.get(1)), f.get(2).equals("short"))));
        table("qualifiers.txt", 3).forEach((phrase, f) ->
                (f.get(2).equals("after") ? qualifiersAfter : qualifiersBefore).put(phrase, f.get(1)));
    }

    static ClaimWords english() {
        return new ClaimWords();
    }

    /** Alternatives for a regular expression, longest first so that "more than" wins over "more". */
    static String alternatives(Iterable<String> words) {
        List<String> sorted = new ArrayList<>();
        words.forEach(sorted::add);
        sorted.sort((a, b) -> b.length() - a.length());
        return String.join("|", sorted.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
    }

    /** Rows of tab-separated fields keyed by their first field, lower-cased; checks the field count and repeats. */
    private static Map<String, List<String>> table(String name, int fields) {
        Map<String, List<String>> table = new HashMap<>();
        DataFile.read(ClaimWords.class, FOLDER + name, (line, entry) -> {
            List<String> f = List.of(entry.split("\t")).stream().map(String::strip).toList();
            if (f.size() != fields || f.stream().anyMatch(String::isEmpty)) {
                throw DataFile.fault(FOLDER + name, line, "expected " + fields + " fields separated by tabs, got '" + entry + "'");
            }
            check(name, line, f);
            if (table.put(f.get(0).toLowerCase(Locale.ROOT), f) != null) {
                throw DataFile.fault(FOLDER + name, line, "'" + f.get(0) + "' given twice");
            }
        });
        return table;
    }

    private static void check(String name, int line, List<String> f) {
        if (name.equals("scales.txt")) {
            try {
                new BigDecimal(f.get(1));
            } catch (NumberFormatException e) {
                throw DataFile.fault(FOLDER + name, line, "'" + f.get(1) + "' is not a number");
            }
        }
        Set<String> allowed = switch (name) {
            case "currencies.txt" -> Set.of("before", "after", "both");
            case "scales.txt" -> Set.of("long", "short");
            case "qualifiers.txt" -> Set.of("before", "after");
            default -> null;
        };
        if (allowed != null && !allowed.contains(f.get(2))) {
            throw DataFile.fault(FOLDER + name, line, "'" + f.get(2) + "' is not one of " + allowed);
        }
    }

    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        DataFile.read(ClaimWords.class, FOLDER + name, (line, entry) -> words.add(entry.strip().toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }
}
