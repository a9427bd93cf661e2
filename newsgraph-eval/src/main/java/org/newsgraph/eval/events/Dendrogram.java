package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        int[] parent = new int[items.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Merge merge : merges) {
            if (merge.similarity() < threshold) {
                break;
            }
            int a = root(parent, merge.left());
            int b = root(parent, merge.right());
            parent[Math.max(a, b)] = Math.min(a, b); // the root is the cluster's first item
        }
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            clusterOf.put(items.get(i), items.get(root(parent, i)));
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

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
