package org.newsgraph.clean;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.RuleFile;

/**
 * Phrases read from a rule file, matched against whole lines by their {@link #key}. An entry
 * ending in {@code " *"} matches its start followed by at most {@value #MAX_EXTRA_WORDS} words.
 */
final class Lexicon {

    /** A prefix entry stays a prompt, not a sentence that happens to start like one. */
    static final int MAX_EXTRA_WORDS = 4;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String WILDCARD = " *";

    private final Set<String> phrases;
    private final List<String> prefixes;

    private Lexicon(Set<String> phrases, List<String> prefixes) {
        this.phrases = Set.copyOf(phrases);
        this.prefixes = List.copyOf(prefixes);
    }

    static Lexicon read(RuleFile file) {
        Map<String, Integer> phrases = new HashMap<>();
        Map<String, Integer> prefixes = new LinkedHashMap<>();
        for (RuleFile.Entry entry : file.entries()) {
            boolean prefix = entry.text().endsWith(WILDCARD);
            String key = key(prefix ? entry.text().substring(0, entry.text().length() - WILDCARD.length()) : entry.text());
            if (key.isEmpty()) {
                throw file.fault(entry, "entry has no words: " + entry.text());
            }
            Integer earlier = (prefix ? prefixes : phrases).putIfAbsent(key, entry.line());
            if (earlier != null) {
                throw file.fault(entry, "repeats line " + earlier + ": " + entry.text());
            }
        }
        return new Lexicon(phrases.keySet(), List.copyOf(prefixes.keySet()));
    }

    /**
     * The form lines and entries are compared in: lower case, curly apostrophes straight, no
     * bullets, icons or punctuation at either end, single spaces.
     */
    static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetterOrDigit(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(lower.charAt(end - 1))) {
            end--;
        }
        return SPACES.matcher(lower.substring(start, end)).replaceAll(" ");
    }

    /** Whether a line, given by its key, is one of the phrases or starts with a prefix entry. */
    boolean matches(String key) {
        if (phrases.contains(key)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (key.startsWith(prefix + " ") && words(key.substring(prefix.length())) <= MAX_EXTRA_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line, given by its key, is a phrase and a colon followed by more: "read more: ...". */
    boolean introduces(String key) {
        int colon = key.indexOf(':');
        return colon > 0 && colon < key.length() - 1 && matches(key(key.substring(0, colon)));
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : SPACES.split(stripped).length;
    }
}
