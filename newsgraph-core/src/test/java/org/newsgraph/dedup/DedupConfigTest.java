package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The configuration refuses what cannot work, and the defaults' S-curve fits their threshold. */
class DedupConfigTest {

    private final DedupConfig defaults = DedupConfig.defaults();

    @Test
    void defaultsFindACopyAtTheThresholdAlmostSurely() {
        assertThat(defaults.candidateProbability(defaults.jaccardAtThreshold())).isGreaterThan(0.97);
        assertThat(defaults.bandingThreshold()).isLessThan(defaults.jaccardAtThreshold());
    }

    @Test
    void defaultsRarelyCompareUnrelatedArticles() {
        assertThat(defaults.candidateProbability(0.05)).isLessThan(0.01);
    }

    @Test
    void computesRowsAndTheSCurve() {
        DedupConfig config = new DedupConfig(4, 128, 32, 0.5);

        assertThat(config.rows()).isEqualTo(4);
        assertThat(config.bandingThreshold()).isCloseTo(Math.pow(1 / 32.0, 1 / 4.0), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(config.candidateProbability(1)).isEqualTo(1.0);
        assertThat(config.candidateProbability(0)).isZero();
    }

    @Test
    void refusesBandsThatDoNotDivideTheHashes() {
        assertThatThrownBy(() -> new DedupConfig(4, 100, 32, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bands must divide hashes");
    }

    @Test
    void refusesValuesOutOfRange() {
        assertThatThrownBy(() -> new DedupConfig(0, 128, 32, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DedupConfig(4, 0, 1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DedupConfig(4, 128, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DedupConfig(4, 128, 32, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DedupConfig(4, 128, 32, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DedupConfig(4, 128, 32, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
