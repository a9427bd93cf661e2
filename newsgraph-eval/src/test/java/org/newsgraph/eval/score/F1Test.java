package org.newsgraph.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class F1Test {

    @Test
    void isTheHarmonicMeanOfPrecisionAndRecall() {
        assertThat(F1.of(1, 1)).isEqualTo(1);
        assertThat(F1.of(0.5, 1)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(F1.of(0.907, 0.833)).isCloseTo(0.8684, within(1e-4));
        assertThat(F1.of(0.2, 0.8)).isEqualTo(F1.of(0.8, 0.2));
    }

    @Test
    void isZeroWhenNothingIsRightAndRejectsWhatIsNoShare() {
        assertThat(F1.of(0, 0)).isZero();
        assertThat(F1.of(0, 1)).isZero();
        assertThatThrownBy(() -> F1.of(1.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> F1.of(0.5, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
