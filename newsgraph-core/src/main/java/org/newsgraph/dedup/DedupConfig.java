package org.newsgraph.dedup;

/**
 * How copies are found.
 *
 * @param shingleWords words per shingle
 * @param hashes       MinHash functions, the signature length
 * @param bands        LSH bands; each has {@code hashes / bands} rows
 * @param threshold    the least estimated share of a new article's shingles found in a stored
 *                     one for the new article to be its copy
 */
public record DedupConfig(int shingleWords, int hashes, int bands, double threshold) {

    public DedupConfig {
        if (shingleWords < 1 || shingleWords > 16) {
            throw new IllegalArgumentException("shingleWords out of [1, 16]: " + shingleWords);
        }
        if (hashes < 1 || hashes > 1024) {
            throw new IllegalArgumentException("hashes out of [1, 1024]: " + hashes);
        }
        if (bands < 1 || hashes % bands != 0) {
            throw new IllegalArgumentException("bands must divide hashes: " + bands + " bands, " + hashes + " hashes");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold out of (0, 1]: " + threshold);
        }
    }

    /**
     * Chosen on the copy benchmark (newsgraph-eval, DedupBenchmark: 10,000 articles of real
     * sentences, 20% of them copies with 10-30% of sentences dropped, lines moved, boilerplate
     * added and a new title), over three seeds and shingles of 3-5 words, 126-256 hashes:
     * <ul>
     *   <li>copies keep 0.66-0.98 of their shingles in the original (containment), but only
     *       0.37-0.9 Jaccard; distinct articles share under 0.3;
     *   <li>threshold 0.55 sits between the two with room for the estimate's noise (about
     *       ±0.05 at 192 hashes); at 0.45-0.5 distinct articles start to pass, with 126 hashes
     *       even at 0.5;
     *   <li>64 bands of 3 rows put the S-curve's steep part at Jaccard 0.25, under the 0.38 of a
     *       full-length copy at the threshold (found with probability 0.97, at 0.45 with 0.997),
     *       while an unrelated article (Jaccard under 0.05) is compared with probability under 0.01.
     *       32 bands of 4 rows missed 2% of copies.
     * </ul>
     */
    public static DedupConfig defaults() {
        return new DedupConfig(4, 192, 64, 0.55);
    }

    /**
     * The Jaccard similarity of a copy exactly at the threshold and as long as its original,
     * t / (2 - t): banding must find pairs this similar almost surely.
     */
    public double jaccardAtThreshold() {
        return threshold / (2 - threshold);
    }

    public int rows() {
        return hashes / bands;
    }

    /** The chance that two texts of this Jaccard similarity share a band and are compared. */
    public double candidateProbability(double jaccard) {
        return 1 - Math.pow(1 - Math.pow(jaccard, rows()), bands);
    }

    /** Where the S-curve is steepest, about (1/b)^(1/r): the Jaccard similarity banding aims at. */
    public double bandingThreshold() {
        return Math.pow(1.0 / bands, 1.0 / rows());
    }
}
