package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Comparing and storing signatures. */
class SignatureTest {

    private final Signature a = new Signature(100, new int[] {1, 2, 3, 4});
    private final Signature b = new Signature(50, new int[] {1, 2, 9, 9});

    @Test
    void estimatesJaccardAsTheShareOfEqualValues() {
        assertThat(a.jaccard(b)).isEqualTo(0.5);
        assertThat(a.jaccard(a)).isEqualTo(1.0);
    }

    @Test
    void estimatesContainmentFromJaccardAndSizes() {
        // J = 0.5 over 150 shingles in all: 50 in common, all of b and half of a
        assertThat(b.containmentIn(a)).isCloseTo(1.0, within(1e-9));
        assertThat(a.containmentIn(b)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void neverEstimatesContainmentAboveOne() {
        Signature small = new Signature(10, new int[] {1, 2, 3, 4});

        assertThat(small.containmentIn(a)).isEqualTo(1.0);
    }

    @Test
    void anEmptySignatureIsSimilarToNothing() {
        assertThat(Signature.EMPTY.jaccard(a)).isZero();
        assertThat(a.containmentIn(Signature.EMPTY)).isZero();
        assertThat(Signature.EMPTY.containmentIn(Signature.EMPTY)).isZero();
    }

    @Test
    void refusesToCompareSignaturesOfDifferentLengths() {
        assertThatThrownBy(() -> a.jaccard(new Signature(3, new int[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different configurations");
    }

    @Test
    void roundTripsThroughBytes() {
        assertThat(Signature.fromBytes(a.bytes())).isEqualTo(a);
        assertThat(Signature.fromBytes(Signature.EMPTY.bytes())).isEqualTo(Signature.EMPTY);
        assertThat(a.bytes()).hasSize(4 * 5);
    }

    @Test
    void refusesBytesThatAreNoSignature() {
        assertThatThrownBy(() -> Signature.fromBytes(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Signature.fromBytes(new byte[] {0, 0, 0, 5})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isImmutable() {
        int[] values = {1, 2, 3};
        Signature signature = new Signature(3, values);
        values[0] = 99;
        signature.mins()[1] = 99;

        assertThat(signature.mins()).containsExactly(1, 2, 3);
    }

    @Test
    void isEqualByValue() {
        assertThat(new Signature(100, new int[] {1, 2, 3, 4})).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(new Signature(99, new int[] {1, 2, 3, 4})).isNotEqualTo(a);
    }
}
