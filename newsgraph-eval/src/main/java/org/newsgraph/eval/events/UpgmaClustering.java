package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Agglomerative clustering with average linkage (UPGMA, group average): the similarity of two
 * clusters is the mean similarity of their cross pairs of items, and the most similar two are
 * joined until one is left. Average linkage never makes a merged cluster more similar to a third
 * than the closer of its parts was, so the nearest-neighbour chain finds the same merges in
 * O(n^2) time, with the similarity matrix (O(n^2) memory) as its state.
 */
final class UpgmaClustering {

    /**
     * Every merge down to a single cluster. {@code similarity} is a symmetric matrix of finite
     * numbers over the items, read and not changed.
     */
    Dendrogram cluster(List<String> items, double[][] similarity) {
        int n = items.size();
        double[][] sim = copy(similarity, n);
        int[] size = new int[n];
        boolean[] active = new boolean[n];
        Arrays.fill(size, 1);
        Arrays.fill(active, true);
        List<Dendrogram.Merge> merges = new ArrayList<>();
        int[] chain = new int[n];
        int length = 0;
        for (int remaining = n; remaining > 1; ) {
            if (length == 0) {
                chain[length++] = firstActive(active);
            }
            int a = chain[length - 1];
            int previous = length >= 2 ? chain[length - 2] : -1;
            int nearest = nearest(a, previous, sim, active);
            if (nearest != previous) {
                chain[length++] = nearest;
                continue;
            }
            length -= 2;
            merges.add(new Dendrogram.Merge(a, previous, sim[a][previous]));
            join(Math.min(a, previous), Math.max(a, previous), sim, size, active);
            remaining--;
        }
        return new Dendrogram(items, merges);
    }

    /**
     * The active cluster most similar to {@code a}; on a tie the one before it on the chain, so
     * that the chain ends, else the lowest index.
     */
    private static int nearest(int a, int previous, double[][] sim, boolean[] active) {
        int best = previous;
        double bestSimilarity = previous < 0 ? Double.NEGATIVE_INFINITY : sim[a][previous];
        for (int k = 0; k < active.length; k++) {
            if (active[k] && k != a && sim[a][k] > bestSimilarity) {
                best = k;
                bestSimilarity = sim[a][k];
            }
        }
        return best;
    }

    /** Cluster {@code gone} joins {@code kept}: the Lance-Williams update of average linkage. */
    private static void join(int kept, int gone, double[][] sim, int[] size, boolean[] active) {
        active[gone] = false;
        double total = size[kept] + size[gone];
        for (int k = 0; k < active.length; k++) {
            if (active[k] && k != kept) {
                double joined = (size[kept] * sim[kept][k] + size[gone] * sim[gone][k]) / total;
                sim[kept][k] = joined;
                sim[k][kept] = joined;
            }
        }
        size[kept] += size[gone];
    }

    private static int firstActive(boolean[] active) {
        for (int i = 0; i < active.length; i++) {
            if (active[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no cluster left");
    }

    private static double[][] copy(double[][] similarity, int n) {
        if (similarity.length != n) {
            throw new IllegalArgumentException(n + " items, a similarity matrix of " + similarity.length + " rows");
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (similarity[i].length != n) {
                throw new IllegalArgumentException("row " + i + " of the similarity matrix has " + similarity[i].length
                        + " values, not " + n);
            }
            copy[i] = similarity[i].clone();
            if (!Arrays.stream(copy[i]).allMatch(Double::isFinite)) {
                throw new IllegalArgumentException("row " + i + " of the similarity matrix is not all finite numbers");
            }
        }
        return copy;
    }
}
