package org.newsgraph.eval.score;

/**
 * The F1 of a precision and a recall: their harmonic mean, the one formula every scorer of the
 * Evals reports (B-cubed, pairs, time expressions, pages, participants). How a scorer counts its
 * precision and recall, and what it gives when there is nothing to count, stays its own.
 */
public final class F1 {

    private F1() {}

    /** The harmonic mean of the two; 0 when both are 0, where it is undefined. */
    public static double of(double precision, double recall) {
        if (precision < 0 || precision > 1 || recall < 0 || recall > 1) {
            throw new IllegalArgumentException("precision and recall lie in [0, 1]: " + precision + ", " + recall);
        }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
