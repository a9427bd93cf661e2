package org.newsgraph.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a signature into b bands of r rows. Two texts of Jaccard similarity J share at least one
 * band with probability 1 - (1 - J^r)^b, an S-curve: near copies almost surely meet, unrelated
 * texts almost never, and finding the ones that meet is a hash lookup per band, whatever the
 * number of stored articles.
 */
final class LshBands {

    private final int bands;
    private final int rows;

    LshBands(DedupConfig config) {
        this.bands = config.bands();
        this.rows = config.rows();
    }

    /** One key per band; none for an empty signature, which is found by its exact hash only. */
    List<BandKey> keys(Signature signature) {
        if (signature.isEmpty()) {
            return List.of();
        }
        int[] mins = signature.mins();
        List<BandKey> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            keys.add(new BandKey(band, bucket(mins, band * rows)));
        }
        return keys;
    }

    private long bucket(int[] mins, int from) {
        long h = rows;
        for (int i = from; i < from + rows; i++) {
            h = Mix.fmix64(h ^ (mins[i] & 0xffffffffL));
        }
        return h;
    }
}
