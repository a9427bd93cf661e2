package org.newsgraph.dedup;

/**
 * Computes MinHash signatures over word shingles. Hand-written because no well-kept Java
 * MinHash library exists (the known ones are unmaintained or pull in large dependencies), and
 * the algorithm is a few lines.
 *
 * <p>Each shingle is already a well-mixed 64-bit hash, so hash function i is the bijection
 * {@code x * a_i + b_i} (mod 2^64, a_i odd): one multiply-add per shingle and function. The
 * a_i and b_i come from a fixed SplitMix64 sequence, so signatures are the same in every run
 * and can be stored; changing {@link #SEED} makes stored signatures meaningless.
 */
public final class MinHasher {

    static final long SEED = 0x6e65777367726170L; // "newsgrap"

    private final int shingleWords;
    private final long[] multipliers;
    private final long[] addends;

    public MinHasher(DedupConfig config) {
        this.shingleWords = config.shingleWords();
        this.multipliers = new long[config.hashes()];
        this.addends = new long[config.hashes()];
        for (int i = 0; i < config.hashes(); i++) {
            multipliers[i] = Mix.splitMix64(SEED, 2 * i) | 1;
            addends[i] = Mix.splitMix64(SEED, 2 * i + 1);
        }
    }

    /** The signature of a cleaned text; {@link Signature#EMPTY} when it has fewer words than a shingle. */
    public Signature signature(String cleanText) {
        return signature(FoldedWords.of(cleanText));
    }

    Signature signature(FoldedWords words) {
        long[] shingles = Shingles.of(words.hashes(), shingleWords);
        if (shingles.length == 0) {
            return Signature.EMPTY;
        }
        int[] mins = new int[multipliers.length];
        int i = 0;
        for (; i + 4 <= mins.length; i += 4) {
            minsOfFour(shingles, i, mins);
        }
        for (; i < mins.length; i++) {
            mins[i] = top(min(shingles, multipliers[i], addends[i]));
        }
        return new Signature(shingles.length, mins);
    }

    // Four functions per pass over the shingles: four independent chains of multiply-add-min
    // keep the processor busy where one chain would wait on each comparison.
    private void minsOfFour(long[] shingles, int i, int[] mins) {
        long a0 = multipliers[i], a1 = multipliers[i + 1], a2 = multipliers[i + 2], a3 = multipliers[i + 3];
        long b0 = addends[i], b1 = addends[i + 1], b2 = addends[i + 2], b3 = addends[i + 3];
        long m0 = Long.MAX_VALUE, m1 = Long.MAX_VALUE, m2 = Long.MAX_VALUE, m3 = Long.MAX_VALUE;
        for (long x : shingles) {
            m0 = Math.min(m0, x * a0 + b0);
            m1 = Math.min(m1, x * a1 + b1);
            m2 = Math.min(m2, x * a2 + b2);
            m3 = Math.min(m3, x * a3 + b3);
        }
        mins[i] = top(m0);
        mins[i + 1] = top(m1);
        mins[i + 2] = top(m2);
        mins[i + 3] = top(m3);
    }

    /** The high bits: a multiply-add mixes the low bits of x into them, not the other way round. */
    private static int top(long min) {
        return (int) (min >>> 32);
    }

    private static long min(long[] shingles, long a, long b) {
        long min = Long.MAX_VALUE;
        for (long x : shingles) {
            min = Math.min(min, x * a + b);
        }
        return min;
    }
}
