package org.newsgraph.eval.events;

import java.util.Arrays;

/** A vector of term weights, its terms ascending: the few terms of one article in a large vocabulary. */
final class SparseVector {

    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    private final int[] terms;
    private final double[] weights;

    /** {@code terms} ascending, each once, {@code weights} beside them. */
    SparseVector(int[] terms, double[] weights) {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException(terms.length + " terms, " + weights.length + " weights");
        }
        for (int i = 1; i < terms.length; i++) {
            if (terms[i] <= terms[i - 1]) {
                throw new IllegalArgumentException("terms not strictly ascending at " + i);
            }
        }
        this.terms = terms.clone();
        this.weights = weights.clone();
    }

    int size() {
        return terms.length;
    }

    double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] == other.terms[j]) {
                sum += weights[i++] * other.weights[j++];
            } else if (terms[i] < other.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    double norm() {
        return Math.sqrt(dot(this));
    }

    /** This vector at length 1; a zero vector stays zero. */
    SparseVector normalised() {
        double norm = norm();
        if (norm == 0) {
            return this;
        }
        return new SparseVector(terms, Arrays.stream(weights).map(w -> w / norm).toArray());
    }
}
