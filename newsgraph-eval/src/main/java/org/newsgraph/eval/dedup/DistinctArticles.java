package org.newsgraph.eval.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admits an article only if it overlaps no article admitted before: no admitted article may
 * contain, or be contained in it, to {@link #MAX_OVERLAP} of the smaller one's 4-word shingles.
 * ECB+ holds the same wire story from several outlets (some pairs share 99% of their shingles);
 * such pairs cannot both be originals of a benchmark whose originals must be distinct.
 */
final class DistinctArticles {

    /** Well below where a copy begins (see DedupConfig), so that admitted articles are plainly distinct. */
    static final double MAX_OVERLAP = 0.3;

    private static final int SHINGLE_WORDS = 4;

    private final List<Integer> sizes = new ArrayList<>();
    private final Map<String, List<Integer>> holders = new HashMap<>();

    /** The articles that overlap none before them, in their order. */
    static List<SourceArticle> of(List<SourceArticle> articles) {
        DistinctArticles admitted = new DistinctArticles();
        return articles.stream().filter(a -> admitted.admit(a.sentences())).toList();
    }

    /** Admits the article if it overlaps none admitted before, and says whether it did. */
    boolean admit(List<String> lines) {
        Set<String> shingles = ExactShingles.of(String.join("\n", lines), SHINGLE_WORDS);
        if (shingles.isEmpty() || overlapsAdmitted(shingles)) {
            return false;
        }
        int index = sizes.size();
        sizes.add(shingles.size());
        shingles.forEach(s -> holders.computeIfAbsent(s, x -> new ArrayList<>(2)).add(index));
        return true;
    }

    private boolean overlapsAdmitted(Set<String> shingles) {
        Map<Integer, Integer> common = new HashMap<>();
        for (String s : shingles) {
            for (int holder : holders.getOrDefault(s, List.of())) {
                common.merge(holder, 1, Integer::sum);
            }
        }
        return common.entrySet().stream().anyMatch(e ->
                e.getValue() >= MAX_OVERLAP * Math.min(shingles.size(), sizes.get(e.getKey())));
    }
}
