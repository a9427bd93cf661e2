package org.newsgraph.resolve;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.DataFile;

/**
 * A list of words and phrases read from a data file beside this class (one a line, lower case,
 * a hyphen read as a space) and found among the {@link ArticleWords} of a text: the longest entry
 * that ends, or starts, at a given word, its words joined by spaces or hyphens only.
 */
final class Phrases {

    private static final Pattern ENTRY = Pattern.compile("[a-z]+(?:[ -][a-z]+)*");

    private final Set<String> entries;
    private final int longest;

    private Phrases(Set<String> entries) {
        this.entries = Set.copyOf(entries);
        this.longest = entries.stream().mapToInt(e -> e.split(" ").length).max().orElse(0);
    }

    /** The entries given, each read as a file's entry is. */
    static Phrases of(Collection<String> given) {
        Set<String> entries = new HashSet<>();
        given.forEach(entry -> entries.add(ArticleWords.normal(entry)));
        return new Phrases(entries);
    }

    static Phrases load(String file) {
        Set<String> entries = new HashSet<>();
        DataFile.read(Phrases.class, file, (line, text) -> {
            String entry = text.strip();
            if (!ENTRY.matcher(entry).matches()) {
                throw DataFile.fault(file, line, "an entry is lower-case words separated by single spaces or hyphens: " + entry);
            }
            entries.add(ArticleWords.normal(entry));
        });
        return new Phrases(entries);
    }

    boolean contains(String phrase) {
        return entries.contains(phrase);
    }

    /** The index of the first word of the longest entry ending at word {@code last}, or -1. */
    int longestEndingAt(ArticleWords words, int last) {
        for (int n = Math.min(longest, last + 1); n >= 1; n--) {
            int first = last - n + 1;
            if (words.joinedRun(first, last) && entries.contains(words.phrase(first, last))) {
                return first;
            }
        }
        return -1;
    }

    /** The index of the last word of the longest entry starting at word {@code first}, or -1. */
    int longestStartingAt(ArticleWords words, int first) {
        for (int n = Math.min(longest, words.size() - first); n >= 1; n--) {
            int last = first + n - 1;
            if (words.joinedRun(first, last) && entries.contains(words.phrase(first, last))) {
                return last;
            }
        }
        return -1;
    }
}
