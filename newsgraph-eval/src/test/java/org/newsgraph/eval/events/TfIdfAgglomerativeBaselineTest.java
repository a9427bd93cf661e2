package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TfIdfAgglomerativeBaselineTest {

    private final TfIdfAgglomerativeBaseline baseline = new TfIdfAgglomerativeBaseline(BaselineConfig.defaults());

    @Test
    void articlesInTheSameWordsJoinAndOthersStayApart() {
        Map<String, String> texts = Map.of(
                "quake-1", "Earthquake strikes Rome\nThe earthquake damaged old buildings in Rome.",
                "quake-2", "Rome earthquake damages buildings\nOld buildings fell.",
                "fire-1", "Fire destroys Paris warehouse\nFirefighters fought the warehouse fire all night.",
                "fire-2", "Paris warehouse fire\nA fire destroyed a warehouse; firefighters came.",
                "empty", "");

        Partition p = baseline.cluster(texts).partition();

        assertThat(p.clusters()).isEqualTo(Map.of(
                "empty", List.of("empty"),
                "fire-1", List.of("fire-1", "fire-2"),
                "quake-1", List.of("quake-1", "quake-2")));
    }

    @Test
    void theDendrogramHoldsEveryOtherCut() {
        TfIdfAgglomerativeBaseline.Clustering c = baseline.cluster(Map.of("a", "rome quake", "b", "rome quake",
                "c", "paris fire"));

        assertThat(c.dendrogram().items()).containsExactly("a", "b", "c");
        assertThat(c.dendrogram().cut(BaselineConfig.defaults().threshold())).isEqualTo(c.partition());
        assertThat(c.dendrogram().merges().get(0).similarity()).isCloseTo(1.0, within(1e-12));
        assertThat(c.dendrogram().cut(-1).clusterCount()).isEqualTo(1);
    }

    @Test
    void givesTheSamePartitionWhateverTheOrderOfTheMap() {
        Random random = new Random(3);
        List<String> words = List.of("quake", "rome", "fire", "paris", "flood", "vote", "storm", "rescue", "court");
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(8); w > 0; w--) {
                text.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            texts.put("doc" + i, text.toString());
        }
        List<String> reversed = new ArrayList<>(texts.keySet());
        Collections.reverse(reversed);
        Map<String, String> other = new LinkedHashMap<>();
        reversed.forEach(name -> other.put(name, texts.get(name)));

        Partition p = baseline.cluster(texts).partition();

        assertThat(p.clusterOf()).containsOnlyKeys(texts.keySet());
        assertThat(baseline.cluster(other).partition()).isEqualTo(p);
        assertThat(baseline.cluster(new HashMap<>(texts)).partition()).isEqualTo(p);
    }

    @Test
    void noTextsNoClusters() {
        assertThat(baseline.cluster(Map.of()).partition().size()).isZero();
        assertThat(baseline.cluster(Map.of("only", "one text")).partition().clusterCount()).isEqualTo(1);
    }

    @Test
    void aThresholdIsACosineBetweenZeroAndOne() {
        assertThatThrownBy(() -> new BaselineConfig(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BaselineConfig(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
