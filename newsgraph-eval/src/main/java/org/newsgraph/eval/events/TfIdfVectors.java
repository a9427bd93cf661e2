package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.DataFile;

/**
 * The classic TF-IDF vector of each text of a corpus: words are runs of letters and digits,
 * lower-cased, stop words left out; a word's weight is {@code (1 + ln tf) * ln(N / df)} with
 * {@code df} counted over the corpus given, and each vector has length 1. A word in every text
 * weighs nothing; a text with no other word is the zero vector, similar to nothing.
 */
final class TfIdfVectors {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern STOP_WORD = Pattern.compile("[a-z]+");

    private final Set<String> stopWords;

    TfIdfVectors(Set<String> stopWords) {
        this.stopWords = Set.copyOf(stopWords);
    }

    /** With the English stop words of {@code english/stop-words.txt}. */
    static TfIdfVectors english() {
        return new TfIdfVectors(stopWords("english/stop-words.txt"));
    }

    static Set<String> stopWords(String file) {
        Set<String> words = new HashSet<>();
        DataFile.read(TfIdfVectors.class, file, (line, text) -> {
            String word = text.strip();
            if (!STOP_WORD.matcher(word).matches()) {
                throw DataFile.fault(file, line, "a stop word is one lower-case word of letters a to z: " + text);
            }
            if (!words.add(word)) {
                throw DataFile.fault(file, line, "listed twice: " + word);
            }
        });
        return words;
    }

    /** One vector per text, in the order given. */
    List<SparseVector> vectors(List<String> texts) {
        List<Map<String, Integer>> counts = texts.stream().map(this::counts).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
        Map<String, Integer> termIds = new HashMap<>();
        new TreeMap<>(documentFrequency).keySet().forEach(w -> termIds.put(w, termIds.size()));
        List<SparseVector> vectors = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            vectors.add(vector(c, termIds, documentFrequency, texts.size()));
        }
        return vectors;
    }

    /** The words of a text with how often each occurs. */
    Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!stopWords.contains(word)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static SparseVector vector(Map<String, Integer> counts, Map<String, Integer> termIds,
            Map<String, Integer> documentFrequency, int documents) {
        TreeMap<Integer, Double> weights = new TreeMap<>();
        counts.forEach((word, tf) -> {
            double weight = (1 + Math.log(tf)) * Math.log((double) documents / documentFrequency.get(word));
            if (weight > 0) {
                weights.put(termIds.get(word), weight);
            }
        });
        int[] terms = weights.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] values = weights.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new SparseVector(terms, values).normalised();
    }
}
