package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.DataFileException;

class GoldClustersTest {

    private static final String HEADER = "doc\ttopic\tsubtopic";

    private static Path fixture() throws URISyntaxException {
        return Path.of(GoldClustersTest.class.getResource("gold_clusters.tsv").toURI());
    }

    @Test
    void readsEachArticleWithItsTopicAndSubtopic() throws URISyntaxException {
        GoldClusters gold = GoldClusters.read(fixture());

        assertThat(gold.entries()).hasSize(6).first()
                .isEqualTo(new GoldClusters.Entry("1_1ecb.txt", "1", "1ecb"));
        assertThat(gold.docs()).containsExactly("1_1ecb.txt", "1_2ecb.txt", "1_1ecbplus.txt", "2_1ecb.txt",
                "2_1ecbplus.txt", "2_2ecbplus.txt");
    }

    @Test
    void theSubtopicsAreTheGoldPartition() throws URISyntaxException {
        Partition gold = GoldClusters.read(fixture()).partition();

        assertThat(gold.clusterCount()).isEqualTo(4);
        assertThat(gold.clusters()).isEqualTo(Map.of(
                "1ecb", List.of("1_1ecb.txt", "1_2ecb.txt"),
                "1ecbplus", List.of("1_1ecbplus.txt"),
                "2ecb", List.of("2_1ecb.txt"),
                "2ecbplus", List.of("2_1ecbplus.txt", "2_2ecbplus.txt")));
    }

    @Test
    void groupsArticlesByTopic() throws URISyntaxException {
        assertThat(GoldClusters.read(fixture()).docsByTopic()).containsExactly(
                Map.entry("1", List.of("1_1ecb.txt", "1_2ecb.txt", "1_1ecbplus.txt")),
                Map.entry("2", List.of("2_1ecb.txt", "2_1ecbplus.txt", "2_2ecbplus.txt")));
    }

    @Test
    void aLineWithoutThreeFieldsFailsNamingFileAndLine() {
        assertThatThrownBy(() -> GoldClusters.parse("gold.tsv", List.of(HEADER, "1_1ecb.txt\t1\t1ecb", "1_2ecb.txt\t1")))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("gold.tsv:3: ")
                .hasMessageContaining("3 tab-separated fields");
        assertThatThrownBy(() -> GoldClusters.parse("gold.tsv", List.of(HEADER, "1_1ecb.txt 1 1ecb")))
                .hasMessageStartingWith("gold.tsv:2: ");
        assertThatThrownBy(() -> GoldClusters.parse("gold.tsv", List.of(HEADER, "1_1ecb.txt\t1\t1ecb\textra")))
                .hasMessageStartingWith("gold.tsv:2: ");
    }

    @Test
    void aBlankOrPaddedFieldFailsNamingFileAndLine() {
        assertThatThrownBy(() -> GoldClusters.parse("gold.tsv", List.of(HEADER, "1_1ecb.txt\t\t1ecb")))
                .hasMessageStartingWith("gold.tsv:2: ").hasMessageContaining("field 2");
        assertThatThrownBy(() -> GoldClusters.parse("gold.tsv", List.of(HEADER, "1_1ecb.txt\t1\t1ecb ")))
                .hasMessageStartingWith("gold.tsv:2: ").hasMessageContaining("field 3");
    }

    @Test
    void anArticleListedTwiceFailsNamingBothLines() {
        assertThatThrownBy(() -> GoldClusters.parse("gold.tsv",
                List.of(HEADER, "1_1ecb.txt\t1\t1ecb", "", "1_1ecb.txt\t1\t1ecbplus")))
                .hasMessage("gold.tsv:4: 1_1ecb.txt is listed already on line 2");
    }

    @Test
    void theHeaderComesFirst() {
        assertThatThrownBy(() -> GoldClusters.parse("gold.tsv", List.of("1_1ecb.txt\t1\t1ecb")))
                .hasMessageStartingWith("gold.tsv:1: the first line is the header");
        assertThatThrownBy(() -> GoldClusters.parse("gold.tsv", List.of("doc topic subtopic", "1_1ecb.txt\t1\t1ecb")))
                .hasMessageStartingWith("gold.tsv:1: ");
    }

    @Test
    void aFileWithNoArticleFails() {
        assertThatThrownBy(() -> GoldClusters.parse("gold.tsv", List.of(HEADER)))
                .hasMessage("gold.tsv:1: no articles after the header");
        assertThatThrownBy(() -> GoldClusters.parse("gold.tsv", List.of()))
                .hasMessage("gold.tsv: no entries");
    }

    @Test
    void aMissingFileFailsNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> GoldClusters.read(dir.resolve("none.tsv")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("none.tsv");
    }
}
