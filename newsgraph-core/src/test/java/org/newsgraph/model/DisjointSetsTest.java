package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DisjointSetsTest {

    @Test
    void joinsSetsAndKeepsTheRootOfTheLargerOrOfTheFirstOnATie() {
        DisjointSets sets = new DisjointSets(5);

        assertThat(sets.join(1, 2)).isEqualTo(1);
        assertThat(sets.join(3, 1)).isEqualTo(1); // {1, 2} is larger than {3}
        assertThat(sets.join(4, 0)).isEqualTo(4);
        assertThat(sets.same(2, 3)).isTrue();
        assertThat(sets.same(0, 1)).isFalse();
        assertThat(sets.join(2, 3)).isEqualTo(1); // one set already
        assertThat(sets.find(3)).isEqualTo(1);
        assertThat(sets.count()).isEqualTo(5);
    }

    @Test
    void agreesWithRelabellingOnRandomJoins() {
        Random random = new Random(14);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(40);
            DisjointSets sets = new DisjointSets(n);
            int[] label = new int[n];
            for (int i = 0; i < n; i++) {
                label[i] = i;
            }
            for (int step = 0; step < n; step++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                sets.join(a, b);
                int from = label[b];
                for (int i = 0; i < n; i++) {
                    label[i] = label[i] == from ? label[a] : label[i];
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        assertThat(sets.same(i, j)).isEqualTo(label[i] == label[j]);
                    }
                }
            }
        }
    }
}
