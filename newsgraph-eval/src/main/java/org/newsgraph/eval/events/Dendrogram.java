package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.DisjointSets;

/**
 * The merges agglomerative clustering made, most similar first. Cutting it at a threshold keeps
 * the merges at least that similar; with a linkage whose merges never grow more similar (average
 * linkage is one) that is the clustering that stops at the threshold.
 *
 * @param items  the items, each first a cluster of its own
 * @param merges each joins the clusters holding two items, at the similarity of the two clusters
 */
public record Dendrogram(List<String> items, List<Merge> merges) {

    /** The clusters holding items {@code left} and {@code right} (indexes into items) joined at {@code similarity}. */
    public record Merge(int left, int right, double similarity) {}

    public Dendrogram {
        items = List.copyOf(items);
        merges = merges.stream().sorted(Comparator.comparingDouble(Merge::similarity).reversed()).toList();
        if (merges.size() >= Math.max(1, items.size())) {
            throw new IllegalArgumentException(merges.size() + " merges of " + items.size() + " items");
        }
        for (Merge merge : merges) {
            if (Math.min(merge.left(), merge.right()) < 0 || Math.max(merge.left(), merge.right()) >= items.size()) {
                throw new IllegalArgumentException("a merge of items that are not there: " + merge);
            }
        }
    }

    /**
     * The clusters left after every merge at least {@code threshold} similar: each labelled by its
     * first item, so that a cut reads well when printed.
     */
    public Partition cut(double threshold) {
        DisjointSets sets = new DisjointSets(items.size());
        for (Merge merge : merges) {
            if (merge.similarity() < threshold) {
                break;
            }
            sets.join(merge.left(), merge.right());
        }
        Map<Integer, String> firstOfSet = new HashMap<>();
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) { // in order: the first item of a set labels it
            String item = items.get(i);
            clusterOf.put(item, firstOfSet.computeIfAbsent(sets.find(i), r -> item));
        }
        return new Partition(clusterOf);
    }

    /** The distinct similarities merges were made at, highest first: every cut there is to make. */
    public List<Double> thresholds() {
        List<Double> thresholds = new ArrayList<>();
        for (Merge merge : merges) {
            if (thresholds.isEmpty() || thresholds.get(thresholds.size() - 1) != merge.similarity()) {
                thresholds.add(merge.similarity());
            }
        }
        return thresholds;
    }
}
