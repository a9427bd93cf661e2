package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterReportTest {

    private static final GoldClusters GOLD = GoldClusters.parse("gold.tsv", List.of("doc\ttopic\tsubtopic",
            "10_1ecb.txt\t10\t10ecb", "10_1ecbplus.txt\t10\t10ecbplus",
            "2_1ecb.txt\t2\t2ecb", "2_2ecb.txt\t2\t2ecb",
            "1_1ecb.txt\t1\t1ecb", "1_1ecbplus.txt\t1\t1ecbplus"));

    /** Joins the two events of every topic, and topics 1 and 2 with each other. */
    private static final Partition TOPICS_JOINED = BCubedTest.partition(
            "10_1ecb.txt 10_1ecbplus.txt | 2_1ecb.txt 2_2ecb.txt 1_1ecb.txt 1_1ecbplus.txt");

    private final ClusterReport report = ClusterReport.of(GOLD, List.of(
            new ClusterReport.Answer("gold", GOLD.partition()),
            new ClusterReport.Answer("joined", TOPICS_JOINED)));

    @Test
    void hasARowPerTopicInNumberOrderThenAll() {
        assertThat(report.rows()).extracting(ClusterReport.Row::scope).containsExactly("1", "2", "10", "all");
        assertThat(report.rows()).extracting(ClusterReport.Row::articles).containsExactly(2, 2, 2, 6);
        assertThat(report.rows()).extracting(ClusterReport.Row::goldClusters).containsExactly(2, 1, 2, 5);
    }

    @Test
    void scoresATopicOnItsOwnArticlesAndAllOnAll() {
        ClusterReport.Row topic1 = report.rows().get(0);
        // in topic 1, "joined" puts its two articles together: P 1/2 each, R 1
        assertThat(topic1.scores().get(1).bcubed().precision()).isCloseTo(0.5, within(1e-12));
        assertThat(topic1.scores().get(1).predictedClusters()).isEqualTo(1);
        // over all, precision per item: topic 10 1/2 and 1/2 (a pair of two events), topic 2 2/4 and 2/4
        // (its event is half of the four), topic 1 1/4 and 1/4: 2.5 / 6
        assertThat(report.overall("joined").bcubed().precision()).isCloseTo(2.5 / 6, within(1e-12));
        assertThat(report.overall("gold").bcubed().f1()).isEqualTo(1);
    }

    @Test
    void rendersALegendAndARowPerScope() {
        String text = report.render();

        assertThat(text).startsWith("[1] gold\n[2] joined\n");
        assertThat(text.lines()).hasSize(2 + 1 + 4);
        assertThat(text.lines().filter(l -> l.startsWith("all "))).singleElement().asString().contains("1.000");
    }

    @Test
    void anUnknownAnswerIsABug() {
        assertThatThrownBy(() -> report.overall("nobody")).isInstanceOf(IllegalArgumentException.class);
    }
}
