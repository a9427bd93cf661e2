package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UpgmaClusteringTest {

    private static final double EXACT = 1e-12;

    @Test
    void joinsTheClosestPairsThenTheGroupsAtTheMeanOfTheirCrossPairs() {
        //        a    b    c    d
        double[][] sim = {
                {1.0, 0.9, 0.2, 0.4},
                {0.9, 1.0, 0.3, 0.1},
                {0.2, 0.3, 1.0, 0.8},
                {0.4, 0.1, 0.8, 1.0}};
        Dendrogram d = new UpgmaClustering().cluster(List.of("a", "b", "c", "d"), sim);

        // {a b} at 0.9, {c d} at 0.8, then the two at (0.2 + 0.4 + 0.3 + 0.1) / 4 = 0.25
        assertThat(d.merges()).extracting(Dendrogram.Merge::similarity)
                .containsExactly(0.9, 0.8, 0.25);
        assertThat(d.cut(0.5).clusters()).containsOnlyKeys("a", "c");
        assertThat(d.cut(0.5).clusterOf()).containsEntry("b", "a").containsEntry("d", "c");
        assertThat(d.cut(0.25).clusterCount()).isEqualTo(1);
        assertThat(d.cut(0.95).clusterCount()).isEqualTo(4);
        assertThat(d.thresholds()).containsExactly(0.9, 0.8, 0.25);
    }

    @Test
    void linksByTheAverageNotTheNearestNorTheFarthestMember() {
        // {a b} at 0.6; then c is 0.5 from a and 0.1 from b: average 0.3 (single linkage 0.5, complete 0.1)
        double[][] sim = {
                {1.0, 0.6, 0.5},
                {0.6, 1.0, 0.1},
                {0.5, 0.1, 1.0}};
        Dendrogram d = new UpgmaClustering().cluster(List.of("a", "b", "c"), sim);

        assertThat(d.merges().get(1).similarity()).isCloseTo(0.3, within(EXACT));
        assertThat(d.cut(0.4).clusterCount()).isEqualTo(2);
        assertThat(d.cut(0.3).clusterCount()).isEqualTo(1);
    }

    @Test
    void weighsAClusterByItsSize() {
        // {a b c} first (0.9 each); d is 0.6 from a and 0 from b and c: average 0.2, not (0.6 + 0) / 2
        double[][] sim = {
                {1.0, 0.9, 0.9, 0.6},
                {0.9, 1.0, 0.9, 0.0},
                {0.9, 0.9, 1.0, 0.0},
                {0.6, 0.0, 0.0, 1.0}};
        Dendrogram d = new UpgmaClustering().cluster(List.of("a", "b", "c", "d"), sim);

        assertThat(d.merges().get(2).similarity()).isCloseTo(0.2, within(EXACT));
    }

    @Test
    void findsTheSameMergesAsTheTextbookAlgorithmOnRandomSimilarities() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(25);
            double[][] sim = randomSymmetric(n, random);
            List<String> items = IntStream.range(0, n).mapToObj(i -> "i" + i).toList();

            Dendrogram chain = new UpgmaClustering().cluster(items, sim);
            List<Double> textbook = textbookHeights(sim);

            assertThat(chain.merges()).extracting(Dendrogram.Merge::similarity)
                    .zipSatisfy(textbook, (a, b) -> assertThat(a).isCloseTo(b, within(1e-9)));
            for (int t = 0; t < 5; t++) {
                double threshold = random.nextDouble() * 2 - 1;
                assertThat(chain.cut(threshold).clusterCount()).isEqualTo(1 + (int) textbook.stream()
                        .filter(h -> h < threshold).count());
            }
        }
    }

    @Test
    void leavesItsInputAlone() {
        double[][] sim = randomSymmetric(6, new Random(1));
        double[][] before = copy(sim);

        new UpgmaClustering().cluster(List.of("a", "b", "c", "d", "e", "f"), sim);

        assertThat(sim).isDeepEqualTo(before);
    }

    @Test
    void noItemOrOneIsNoMerge() {
        assertThat(new UpgmaClustering().cluster(List.of(), new double[0][0]).merges()).isEmpty();
        Dendrogram one = new UpgmaClustering().cluster(List.of("a"), new double[][] {{1}});
        assertThat(one.merges()).isEmpty();
        assertThat(one.cut(0).clusterOf()).containsExactlyEntriesOf(java.util.Map.of("a", "a"));
    }

    @Test
    void equalSimilaritiesEverywhereStillEndInOneCluster() {
        double[][] sim = new double[5][5];
        Dendrogram d = new UpgmaClustering().cluster(List.of("a", "b", "c", "d", "e"), sim);

        assertThat(d.merges()).hasSize(4).allSatisfy(m -> assertThat(m.similarity()).isZero());
        assertThat(d.cut(0).clusterCount()).isEqualTo(1);
    }

    @Test
    void refusesAMatrixThatDoesNotFitOrIsNotANumber() {
        assertThatThrownBy(() -> new UpgmaClustering().cluster(List.of("a", "b"), new double[][] {{1, 0}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UpgmaClustering().cluster(List.of("a", "b"), new double[][] {{1, 0}, {0}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UpgmaClustering().cluster(List.of("a", "b"),
                new double[][] {{1, Double.NaN}, {Double.NaN, 1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }

    /**
     * The textbook algorithm, O(n^3): join the most similar pair of clusters, similarity of
     * clusters the mean over their cross pairs of items, recomputed from the items each time.
     */
    private static List<Double> textbookHeights(double[][] sim) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < sim.length; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        List<Double> heights = new ArrayList<>();
        while (clusters.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double mean = mean(sim, clusters.get(a), clusters.get(b));
                    if (mean > best) {
                        best = mean;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            clusters.get(bestA).addAll(clusters.remove(bestB));
            heights.add(best);
        }
        heights.sort((x, y) -> Double.compare(y, x));
        return heights;
    }

    private static double mean(double[][] sim, List<Integer> a, List<Integer> b) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += sim[i][j];
            }
        }
        return sum / (a.size() * b.size());
    }

    private static double[][] randomSymmetric(int n, Random random) {
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = random.nextDouble() * 2 - 1;
                sim[j][i] = sim[i][j];
            }
        }
        return sim;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
