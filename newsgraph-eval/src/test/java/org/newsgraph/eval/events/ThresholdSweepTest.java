package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdSweepTest {

    /** {a b} at 0.9, {c d} at 0.8, all four at 0.25. */
    private static final Dendrogram DENDROGRAM = new Dendrogram(List.of("a", "b", "c", "d"), List.of(
            new Dendrogram.Merge(0, 1, 0.9), new Dendrogram.Merge(2, 3, 0.8), new Dendrogram.Merge(0, 2, 0.25)));

    @Test
    void findsTheCutThatIsTheGold() {
        ThresholdSweep.Tuned best = ThresholdSweep.best(DENDROGRAM, BCubedTest.partition("a b | c d"));

        assertThat(best.threshold()).isEqualTo(0.8);
        assertThat(best.score().bcubed().f1()).isEqualTo(1);
        assertThat(best.partition().clusterCount()).isEqualTo(2);
    }

    @Test
    void triesNoMergeAtAllAndEveryMerge() {
        assertThat(ThresholdSweep.best(DENDROGRAM, BCubedTest.partition("a | b | c | d")).threshold())
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ThresholdSweep.best(DENDROGRAM, BCubedTest.partition("a b c d")).threshold()).isEqualTo(0.25);
    }

    @Test
    void takesTheBestCutWhenNoneIsTheGold() {
        // gold {a b c} {d}; B-cubed F1 of each cut:
        //   none     {a} {b} {c} {d}  P 1,   R (1/3 * 3 + 1) / 4 = 1/2        F1 2/3
        //   0.9      {a b} {c} {d}    P 1,   R (2/3 * 2 + 1/3 + 1) / 4 = 2/3  F1 0.8
        //   0.8      {a b} {c d}      P 3/4, R 2/3                            F1 12/17
        //   0.25     {a b c d}        P 5/8, R 1                              F1 10/13
        ThresholdSweep.Tuned best = ThresholdSweep.best(DENDROGRAM, BCubedTest.partition("a b c | d"));

        assertThat(best.threshold()).isEqualTo(0.9);
        assertThat(best.score().bcubed().f1()).isCloseTo(0.8, within(1e-12));
    }
}
