package org.newsgraph.dedup;

/**
 * Bit mixing shared by the hashes of this package. The constants are part of every stored
 * signature: changing them makes remembered articles unfindable.
 */
final class Mix {

    private Mix() {}

    /** MurmurHash3's 64-bit finaliser: every input bit changes about half the output bits. */
    static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** SplitMix64: the n-th value of a fixed pseudo-random sequence, for deterministic seeds. */
    static long splitMix64(long seed, int n) {
        long z = seed + (n + 1) * 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
