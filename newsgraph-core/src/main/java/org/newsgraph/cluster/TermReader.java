package org.newsgraph.cluster;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.DataFile;

/**
 * Reads the content words of a text into counts: lower-cased words of three letters or more, stop
 * words left out, plurals and possessives folded ("visits" and "visit's" count as "visit"). A
 * light stemmer of our own, because the terms only need to meet each other, not to be words.
 */
public final class TermReader {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{Nd}])\\p{Nd}+(?:[.,]\\p{Nd}+)*(?![\\p{L}\\p{Nd}])");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}]*(?:[-'’]\\p{L}+)*");

    private final Set<String> stopWords;

    private TermReader(Set<String> stopWords) {
        this.stopWords = Set.copyOf(stopWords);
    }

    /** The English stop words of {@code english/stopwords.txt}, read and checked once. */
    public static TermReader english() {
        Set<String> words = new HashSet<>();
        DataFile.read(TermReader.class, "english/stopwords.txt", (line, entry) -> {
            if (!entry.equals(entry.toLowerCase(Locale.ROOT)) || entry.contains(" ")) {
                throw DataFile.fault("english/stopwords.txt", line, "a stop word is one lower-case word: " + entry);
            }
            words.add(entry);
        });
        return new TermReader(words);
    }

    /** Adds each term of {@code text} to {@code counts}, {@code weight} times. */
    public void count(String text, int weight, Map<String, Integer> counts) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.length() >= 3 && !stopWords.contains(word)) {
                String term = fold(word);
                if (!stopWords.contains(term)) {
                    counts.merge(term, weight, Integer::sum);
                }
            }
        }
    }

    /**
     * Adds each number of {@code text} ({@code 7.1}, {@code 1,500}, {@code 2011}) to {@code counts} as
     * a {@link ArticleProfile#numberKey}, thousands separators left out. A number names a toll, a
     * magnitude or a year that reports of one event share.
     */
    public void countNumbers(String text, Map<String, Integer> counts) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            counts.merge(ArticleProfile.numberKey(m.group().replace(",", "")), 1, Integer::sum);
        }
    }

    /** The terms of a text with their counts, in order of first appearance. */
    public Map<String, Integer> terms(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        count(text, 1, counts);
        return counts;
    }

    static String fold(String word) {
        String w = word.replaceAll("['’]s?$", "");
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
