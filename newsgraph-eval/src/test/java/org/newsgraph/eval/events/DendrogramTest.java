package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DendrogramTest {

    private static final List<String> ITEMS = List.of("a", "b", "c", "d");

    @Test
    void keepsMergesMostSimilarFirstAndCutsAtAThreshold() {
        Dendrogram d = new Dendrogram(ITEMS, List.of(
                new Dendrogram.Merge(0, 2, 0.1), new Dendrogram.Merge(3, 1, 0.7), new Dendrogram.Merge(1, 2, 0.7)));

        assertThat(d.merges()).extracting(Dendrogram.Merge::similarity).containsExactly(0.7, 0.7, 0.1);
        assertThat(d.thresholds()).containsExactly(0.7, 0.1);
        assertThat(d.cut(0.7).clusterOf()).containsEntry("a", "a").containsEntry("b", "b")
                .containsEntry("c", "b").containsEntry("d", "b");
        assertThat(d.cut(0.70001).clusterCount()).isEqualTo(4);
        assertThat(d.cut(Double.POSITIVE_INFINITY).clusterCount()).isEqualTo(4);
        assertThat(d.cut(-1).clusters()).containsOnlyKeys("a");
    }

    @Test
    void refusesMoreMergesThanItemsAllowOrMergesOfItemsNotThere() {
        assertThatThrownBy(() -> new Dendrogram(List.of("a", "b"),
                List.of(new Dendrogram.Merge(0, 1, 0.5), new Dendrogram.Merge(0, 1, 0.4))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dendrogram(List.of("a", "b"), List.of(new Dendrogram.Merge(0, 2, 0.5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not there");
    }
}
