package org.newsgraph.cluster;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The TF-IDF vector of an article's terms: {@code (1 + ln tf) * (ln((1 + N) / (1 + df)) + 1)}, the
 * article counted in N and df: the smoothed inverse document frequency of scikit-learn's default,
 * which keeps a shared word's weight when the store holds a few articles only. Each class of term
 * ({@link TermClass}) is scaled to unit length on its own, so that words, head words, numbers and
 * entities are each compared by a cosine of their own.
 */
final class TermWeights {

    private TermWeights() {}

    /**
     * @param others   how many other articles hold each term; a term in none may be absent
     * @param articles how many articles there are, this one included
     */
    static Map<String, Double> weigh(Map<String, Integer> terms, Map<String, Integer> others, double articles) {
        Map<String, Double> vector = new HashMap<>();
        Map<TermClass, Double> norms = new EnumMap<>(TermClass.class);
        for (Map.Entry<String, Integer> t : terms.entrySet()) {
            double idf = Math.log((articles + 1) / (others.getOrDefault(t.getKey(), 0) + 2)) + 1;
            double w = (1 + Math.log(t.getValue())) * idf;
            vector.put(t.getKey(), w);
            norms.merge(TermClass.of(t.getKey()), w * w, Double::sum);
        }
        vector.replaceAll((t, w) -> w / Math.sqrt(norms.get(TermClass.of(t))));
        return vector;
    }

    /** The same terms with each class scaled to unit length: a cluster's profile compared as one report. */
    static Map<String, Double> unit(Map<String, Double> terms) {
        Map<TermClass, Double> norms = new EnumMap<>(TermClass.class);
        terms.forEach((t, w) -> norms.merge(TermClass.of(t), w * w, Double::sum));
        Map<String, Double> unit = new HashMap<>();
        terms.forEach((t, w) -> unit.put(t, w / Math.sqrt(norms.get(TermClass.of(t)))));
        return unit;
    }
}
