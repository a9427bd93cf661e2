package org.newsgraph.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The MinHash signature of one text: for each hash function, the top 32 bits of the smallest
 * hash over its shingles, and how many distinct shingles there were. Two texts agree at a
 * position with probability equal to the Jaccard similarity of their shingle sets.
 *
 * @param shingles the number of distinct shingles; with the Jaccard estimate it gives containment
 * @param mins     one value per hash function; empty for a text shorter than one shingle
 */
public record Signature(int shingles, int[] mins) {

    /** The signature of a text with no shingle: similar to nothing. */
    public static final Signature EMPTY = new Signature(0, new int[0]);

    public Signature {
        if (shingles < 0) {
            throw new IllegalArgumentException("shingles < 0: " + shingles);
        }
        if ((shingles == 0) != (mins.length == 0)) {
            throw new IllegalArgumentException("a signature has values exactly when it has shingles");
        }
        mins = mins.clone();
    }

    public boolean isEmpty() {
        return shingles == 0;
    }

    @Override
    public int[] mins() {
        return mins.clone();
    }

    /** The estimated Jaccard similarity of the two shingle sets: the share of equal positions. */
    public double jaccard(Signature other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        if (mins.length != other.mins.length) {
            throw new IllegalArgumentException("signatures of " + mins.length + " and " + other.mins.length
                    + " hashes cannot be compared: they were made with different configurations");
        }
        int equal = 0;
        for (int i = 0; i < mins.length; i++) {
            if (mins[i] == other.mins[i]) {
                equal++;
            }
        }
        return (double) equal / mins.length;
    }

    /**
     * The estimated share of this text's shingles that also occur in {@code other}: from
     * J = |A∩B| / |A∪B| and the two set sizes, |A∩B| = J (|A| + |B|) / (1 + J).
     */
    public double containmentIn(Signature other) {
        double j = jaccard(other);
        if (j == 0) {
            return 0;
        }
        double common = j * ((double) shingles + other.shingles) / (1 + j);
        return Math.min(1, common / shingles);
    }

    /** The stored form: the shingle count, then each value, big-endian. */
    public byte[] bytes() {
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES * (1 + mins.length));
        buffer.putInt(shingles);
        for (int min : mins) {
            buffer.putInt(min);
        }
        return buffer.array();
    }

    /** Reads what {@link #bytes()} wrote. */
    public static Signature fromBytes(byte[] bytes) {
        if (bytes.length < Integer.BYTES || bytes.length % Integer.BYTES != 0) {
            throw new IllegalArgumentException("not a stored signature: " + bytes.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int shingles = buffer.getInt();
        int[] mins = new int[buffer.remaining() / Integer.BYTES];
        buffer.asIntBuffer().get(mins);
        return new Signature(shingles, mins);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && shingles == s.shingles && Arrays.equals(mins, s.mins);
    }

    @Override
    public int hashCode() {
        return 31 * shingles + Arrays.hashCode(mins);
    }

    @Override
    public String toString() {
        return "Signature[shingles=" + shingles + ", hashes=" + mins.length + "]";
    }
}
