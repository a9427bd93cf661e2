package org.newsgraph.dedup;

import java.util.Arrays;

/** The distinct hashes of every run of k consecutive words: what MinHash samples from. */
final class Shingles {

    private static final long[] NONE = new long[0];

    private Shingles() {}

    /** Sorted and distinct; empty when there are fewer than k words. */
    static long[] of(long[] wordHashes, int k) {
        int count = wordHashes.length - k + 1;
        if (count <= 0) {
            return NONE;
        }
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            shingles[i] = hash(wordHashes, i, k);
        }
        Arrays.sort(shingles);
        return distinct(shingles);
    }

    // Mixing after each word makes the hash depend on word order, so "a b c" differs from "c b a".
    private static long hash(long[] words, int from, int k) {
        long h = k;
        for (int j = from; j < from + k; j++) {
            h = Mix.fmix64(h ^ words[j]);
        }
        return h;
    }

    private static long[] distinct(long[] sorted) {
        int n = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
