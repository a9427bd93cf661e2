package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.ClusterChange.Kind;

/**
 * The rules of lasting ids when a partition is decided again: a split keeps the id on the larger
 * part, a merge keeps the older id, and a new id is above every id given before, never one reused.
 */
class ClusterDiffTest {

    private static final ClusterDiff.Linkage FAKE = (a, b) -> new ClusterDiff.Verdict(0.5, "fake " + a + " " + b);

    @Test
    void aSplitKeepsTheIdOnTheLargerPartAndGivesTheOtherANewOne() {
        // c3 holds 1, 2, 3; the smaller part {1} was its opener, yet the larger {2, 3} keeps c3
        List<ClusterDiff.Step> steps = ClusterDiff.steps(map(1, 3, 2, 3, 3, 3), map(1, 10, 2, 20, 3, 20), weights(1, 2, 3),
                7, FAKE);

        assertThat(steps).hasSize(1);
        ClusterChange split = steps.get(0).change();
        assertThat(split.kind()).isEqualTo(Kind.SPLIT);
        assertThat(split.from()).isEqualTo(3);
        assertThat(split.into()).isEqualTo(7);
        assertThat(split.articles()).containsExactly(1L);
        assertThat(steps.get(0).fromAfter()).containsExactly(2L, 3L);
        assertThat(split.before()).containsExactly(3L);
        assertThat(split.after()).containsExactly(3L, 7L);
    }

    @Test
    void aMergeKeepsTheOlderIdWhicheverIsLarger() {
        List<ClusterDiff.Step> steps = ClusterDiff.steps(map(1, 2, 2, 5, 3, 5), map(1, 1, 2, 1, 3, 1), weights(1, 2, 3),
                6, FAKE);

        assertThat(steps).hasSize(1);
        ClusterChange merge = steps.get(0).change();
        assertThat(merge.kind()).isEqualTo(Kind.MERGE);
        assertThat(merge.from()).isEqualTo(5);
        assertThat(merge.into()).isEqualTo(2);
        assertThat(merge.articles()).containsExactly(2L, 3L);
        assertThat(steps.get(0).intoAfter()).containsExactly(1L, 2L, 3L);
        assertThat(merge.after()).containsExactly(2L);
    }

    @Test
    void newIdsAreAboveEveryIdGivenAndNeverReused() {
        // c1 = {1,2,3,4} splits three ways; the part {4} then joins c2's article 5
        List<ClusterDiff.Step> steps = ClusterDiff.steps(map(1, 1, 2, 1, 3, 1, 4, 1, 5, 2),
                map(1, 100, 2, 100, 3, 300, 4, 400, 5, 400), weights(1, 2, 3, 4, 5), 9, FAKE);

        assertThat(steps).extracting(s -> s.change().kind()).containsExactly(Kind.SPLIT, Kind.SPLIT, Kind.MERGE);
        assertThat(steps.get(0).change().into()).isEqualTo(9);
        assertThat(steps.get(1).change().into()).isEqualTo(10);
        ClusterChange merge = steps.get(2).change();
        assertThat(merge.from()).isEqualTo(10);
        assertThat(merge.into()).isEqualTo(2);
    }

    @Test
    void theSamePartitionUnderOtherLabelsChangesNothing() {
        assertThat(ClusterDiff.steps(map(1, 4, 2, 4, 3, 8), map(1, 1, 2, 1, 3, 3), weights(1, 2, 3), 9, FAKE)).isEmpty();
    }

    @Test
    void copiesDoNotMakeAPartTheLarger() {
        // article 2 is a copy (weight 0): {1} and {2, 3} weigh 1 each, and the tie goes to the part of the oldest article
        Map<Long, Integer> weights = weights(1, 3);
        weights.put(2L, 0);
        List<ClusterDiff.Step> steps = ClusterDiff.steps(map(1, 5, 2, 5, 3, 5), map(1, 1, 2, 2, 3, 2), weights, 6, FAKE);

        assertThat(steps.get(0).change().articles()).containsExactly(2L, 3L);
        assertThat(steps.get(0).fromAfter()).containsExactly(1L);
    }

    private static Map<Long, Long> map(long... pairs) {
        Map<Long, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Map<Long, Integer> weights(long... articles) {
        Map<Long, Integer> m = new LinkedHashMap<>();
        for (long a : articles) {
            m.put(a, 1);
        }
        return m;
    }
}
