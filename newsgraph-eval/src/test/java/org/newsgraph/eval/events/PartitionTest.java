package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionTest {

    @Test
    void countsItemsAndClusters() {
        Partition p = BCubedTest.partition("a b | c | d e f");

        assertThat(p.size()).isEqualTo(6);
        assertThat(p.clusterCount()).isEqualTo(3);
        assertThat(p.clusters())
                .isEqualTo(Map.of("c0", List.of("a", "b"), "c1", List.of("c"), "c2", List.of("d", "e", "f")));
    }

    @Test
    void restrictedToSomeItemsKeepsTheirLabels() {
        Partition p = BCubedTest.partition("a b | c | d e f").restrictedTo(List.of("b", "d", "e"));

        assertThat(p.clusterOf()).isEqualTo(Map.of("b", "c0", "d", "c2", "e", "c2"));
        assertThat(p.clusterCount()).isEqualTo(2);
    }

    @Test
    void restrictingToAnItemItDoesNotHaveIsABug() {
        assertThatThrownBy(() -> BCubedTest.partition("a b").restrictedTo(List.of("z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("z");
    }
}
