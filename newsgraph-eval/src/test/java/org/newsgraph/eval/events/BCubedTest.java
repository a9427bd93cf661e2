package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked B-cubed. Gold throughout, unless said: {a b c} {d e}. Per item, precision is
 * |predicted cluster ∩ gold cluster| / |predicted cluster|, recall the same over |gold cluster|.
 */
class BCubedTest {

    private static final double EXACT = 1e-12;
    private static final Partition GOLD = partition("a b c | d e");

    @Test
    void oneItemInTheWrongClusterCostsItAndItsNeighbours() {
        // predicted {a b} {c d e}
        // precision: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15
        // recall:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15
        BCubed score = BCubed.of(partition("a b | c d e"), GOLD);

        assertThat(score.precision()).isCloseTo(11.0 / 15, within(EXACT));
        assertThat(score.recall()).isCloseTo(11.0 / 15, within(EXACT));
        assertThat(score.f1()).isCloseTo(11.0 / 15, within(EXACT));
        assertThat(score.items()).isEqualTo(5);
    }

    @Test
    void allSingletonsArePreciseAndRecallOnlyThemselves() {
        // precision: every item 1/1 -> 1
        // recall: a, b, c 1/3 each, d, e 1/2 each -> (1 + 1) / 5 = 0.4
        // F1 = 2 * 1 * 0.4 / 1.4 = 4/7
        BCubed score = BCubed.of(partition("a | b | c | d | e"), GOLD);

        assertThat(score.precision()).isCloseTo(1, within(EXACT));
        assertThat(score.recall()).isCloseTo(0.4, within(EXACT));
        assertThat(score.f1()).isCloseTo(4.0 / 7, within(EXACT));
    }

    @Test
    void oneBigClusterRecallsAllAndIsPreciseByGoldClusterSize() {
        // precision: a, b, c 3/5 each, d, e 2/5 each -> (9/5 + 4/5) / 5 = 13/25 = 0.52
        // recall: every item 1
        // F1 = 2 * 0.52 / 1.52 = 13/19
        BCubed score = BCubed.of(partition("a b c d e"), GOLD);

        assertThat(score.precision()).isCloseTo(0.52, within(EXACT));
        assertThat(score.recall()).isCloseTo(1, within(EXACT));
        assertThat(score.f1()).isCloseTo(13.0 / 19, within(EXACT));
    }

    @Test
    void theGoldScoresOne() {
        BCubed score = BCubed.of(partition("d e | c b a"), GOLD);

        assertThat(score.precision()).isEqualTo(1);
        assertThat(score.recall()).isEqualTo(1);
        assertThat(score.f1()).isEqualTo(1);
    }

    @Test
    void againstAllSingletonGoldOneClusterOfThreeIsAThirdPrecise() {
        // gold {x} {y} {z}; predicted {x y z}: precision 1/3 each, recall 1 each; F1 = (2/3) / (4/3) = 1/2
        BCubed score = BCubed.of(partition("x y z"), partition("x | y | z"));

        assertThat(score.precision()).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(score.recall()).isCloseTo(1, within(EXACT));
        assertThat(score.f1()).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void labelsDoNotMatterOnlyWhichItemsShareOne() {
        Map<String, String> renamed = new LinkedHashMap<>();
        partition("a b | c d e").clusterOf().forEach((item, label) -> renamed.put(item, "other " + label));

        assertThat(BCubed.of(new Partition(renamed), GOLD)).isEqualTo(BCubed.of(partition("a b | c d e"), GOLD));
        // a gold label reused as a predicted label means nothing either
        assertThat(BCubed.of(partition("a b | c d e"), GOLD).precision())
                .isEqualTo(BCubed.of(partition("b a | e d c"), GOLD).precision());
    }

    @Test
    void noItemsIsNothingWrong() {
        BCubed score = BCubed.of(new Partition(Map.of()), new Partition(Map.of()));

        assertThat(score.f1()).isEqualTo(1);
        assertThat(score.items()).isZero();
    }

    @Test
    void partitionsOfDifferentItemsAreABugNotAScore() {
        assertThatThrownBy(() -> BCubed.of(partition("a b | c d"), GOLD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only predicted 0, only gold 1 (e)");
        assertThatThrownBy(() -> BCubed.of(partition("a b c d e f"), GOLD))
                .hasMessageContaining("only predicted 1 (f)");
    }

    @Test
    void theClusterScoreAddsPairsAndClusterCounts() {
        // predicted {a b} {c d e}: pairs ab, cd, ce, de = 4; gold pairs ab, ac, bc, de = 4; both ab, de = 2
        ClusterScore score = ClusterScore.of(partition("a b | c d e"), GOLD);

        assertThat(score.pairwise().predicted()).isEqualTo(4);
        assertThat(score.pairwise().gold()).isEqualTo(4);
        assertThat(score.pairwise().agreed()).isEqualTo(2);
        assertThat(score.pairwise().f1()).isCloseTo(0.5, within(EXACT));
        assertThat(score.predictedClusters()).isEqualTo(2);
        assertThat(score.goldClusters()).isEqualTo(2);
        assertThat(score.bcubed().f1()).isCloseTo(11.0 / 15, within(EXACT));
    }

    @Test
    void pairwiseOnTheEdgeCases() {
        // all singletons: no pair predicted (precision 1 by convention), none of the 4 gold pairs found
        ClusterScore alone = ClusterScore.of(partition("a | b | c | d | e"), GOLD);
        // one cluster: 10 pairs predicted, all 4 gold pairs among them: P 0.4, R 1, F1 0.8 / 1.4 = 4/7
        ClusterScore one = ClusterScore.of(partition("a b c d e"), GOLD);

        assertThat(alone.pairwise().f1()).isZero();
        assertThat(alone.predictedClusters()).isEqualTo(5);
        assertThat(one.pairwise().precision()).isCloseTo(0.4, within(EXACT));
        assertThat(one.pairwise().f1()).isCloseTo(4.0 / 7, within(EXACT));
        assertThat(one.predictedClusters()).isEqualTo(1);
    }

    /** A partition written as clusters of space-separated items, clusters separated by {@code |}. */
    static Partition partition(String clusters) {
        Map<String, String> clusterOf = new LinkedHashMap<>();
        String[] parts = clusters.split("\\|");
        for (int c = 0; c < parts.length; c++) {
            for (String item : parts[c].trim().split("\\s+")) {
                clusterOf.put(item, "c" + c);
            }
        }
        return new Partition(clusterOf);
    }
}
