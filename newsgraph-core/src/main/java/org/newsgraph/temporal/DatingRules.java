package org.newsgraph.temporal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.pipeline.DataFile;

/**
 * The data files {@link PublicationDater} reads for one language, read and checked once: a
 * broken file fails when the rules are built, naming file and line.
 */
public final class DatingRules {

    /** What the date a cue leads is. */
    enum CueKind { PUBLISHED, UPDATED, BYLINE }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final DateFormats formats;
    private final Map<String, CueKind> cues;
    private final Pattern cuePattern;
    private final Set<String> lineWords;
    private final List<Pattern> signatures;
    private final List<String> weekdayPhrases;

    private DatingRules(String folder) {
        this.formats = DateFormats.read(folder);
        this.cues = Map.copyOf(cues(folder + "/cues.txt"));
        this.cuePattern = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", longestFirst(cues.keySet()))
                + ")(?![\\p{L}])", FLAGS);
        Set<String> words = new HashSet<>(words(folder + "/line-words.txt"));
        cues.keySet().forEach(cue -> words.addAll(List.of(cue.split(" "))));
        this.lineWords = Set.copyOf(words);
        this.signatures = patterns(folder + "/embed-signatures.txt", FLAGS);
        this.weekdayPhrases = List.copyOf(words(folder + "/weekday-names.txt"));
    }

    /** The English rules. */
    public static DatingRules english() {
        return read("english");
    }

    /** The rules of a folder beside this class. */
    static DatingRules read(String folder) {
        return new DatingRules(folder);
    }

    DateFormats formats() {
        return formats;
    }

    /** Any cue, as a whole word or phrase, in any case. */
    Pattern cuePattern() {
        return cuePattern;
    }

    CueKind cueKind(String cue) {
        return cues.get(cue.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** Whether a word may stand beside a date on a line that only dates the article. */
    boolean isLineWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lineWords.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }

    /** Signature lines of embedded posts, each with a group {@code date}. */
    List<Pattern> signatures() {
        return signatures;
    }

    /** Phrases, lower case, in which a weekday name names something else (a holiday). */
    List<String> weekdayPhrases() {
        return weekdayPhrases;
    }

    private static Map<String, CueKind> cues(String name) {
        Map<String, CueKind> cues = new HashMap<>();
        DataFile.read(DatingRules.class, name, (line, text) -> {
            String[] parts = text.strip().split("\t");
            CueKind kind = parts.length == 2 ? kind(parts[0]) : null;
            if (kind == null) {
                throw DataFile.fault(name, line, "expected a kind (published, updated, byline), a tab, then words");
            }
            cues.put(parts[1].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), kind);
        });
        return cues;
    }

    private static CueKind kind(String label) {
        for (CueKind kind : CueKind.values()) {
            if (kind.name().equalsIgnoreCase(label.strip())) {
                return kind;
            }
        }
        return null;
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        DataFile.read(DatingRules.class, name, (line, text) -> words.add(text.strip().toLowerCase(Locale.ROOT)));
        return words;
    }

    private static List<Pattern> patterns(String name, int flags) {
        List<Pattern> patterns = new ArrayList<>();
        DataFile.read(DatingRules.class, name, (line, text) -> {
            if (!text.contains("(?<date>")) {
                throw DataFile.fault(name, line, "a pattern needs a group named date");
            }
            try {
                patterns.add(Pattern.compile(text.strip(), flags));
            } catch (PatternSyntaxException e) {
                throw DataFile.fault(name, line, "not a regular expression: " + e.getDescription());
            }
        });
        return List.copyOf(patterns);
    }

    private static List<String> longestFirst(Set<String> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .toList();
    }
}
