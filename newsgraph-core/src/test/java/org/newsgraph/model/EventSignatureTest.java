package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the reports of one event agree on: the span of their publication days, and whether sources state them. */
class EventSignatureTest {

    @Test
    void reportsAddedGrowTheSpanOfPublicationDaysBothWays() {
        EventSignature cluster = report("2024-05-03").plus(report("2024-05-01")).plus(report("2024-05-06"));

        assertThat(cluster.published()).isEqualTo("2024-05-01");
        assertThat(cluster.lastPublished()).isEqualTo("2024-05-06");
        assertThat(cluster.publishedStated()).isTrue();
    }

    @Test
    void aDayReadFromTheTextMakesTheSpanUnstatedAndAnUnknownDayChangesNothing() {
        EventSignature read = new EventSignature(null, Map.of(), null, null, "2024-05-02", "2024-05-02", false);

        assertThat(report("2024-05-01").plus(read).publishedStated()).isFalse();
        assertThat(report("2024-05-01").plus(EventSignature.unknown(null)).publishedStated()).isTrue();
        assertThat(report("2024-05-01").plus(EventSignature.unknown(null)).lastPublished()).isEqualTo("2024-05-01");
    }

    @Test
    void aClusterKnowsTheOutletsOfAllItsReportsByNameInLowerCase() {
        EventSignature cluster = report("2024-05-01").from("The Daily Example").plus(report("2024-05-02").from("Wire"))
                .plus(report("2024-05-02").from(" the daily example")).plus(report("2024-05-03").from(null));

        assertThat(cluster.outlets()).containsExactlyInAnyOrder("the daily example", "wire");
        assertThat(report("2024-05-01").from("  ").outlets()).isEmpty();
    }

    @Test
    void twoReportsNameOneOutletAsSignaturesCompareOutlets() {
        assertThat(EventSignature.sameOutlet("The Daily Example", " the daily example")).isTrue();
        assertThat(EventSignature.sameOutlet("The Daily Example", "Wire")).isFalse();
        assertThat(EventSignature.sameOutlet(null, null)).isFalse();
        assertThat(EventSignature.sameOutlet(" ", " ")).isFalse();
    }

    @Test
    void aSpanHasBothEndsOrNeither() {
        assertThatThrownBy(() -> new EventSignature(null, Map.of(), null, null, "2024-05-01", null, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static EventSignature report(String published) {
        return new EventSignature("meeting", Map.of(), null, null, published);
    }
}
