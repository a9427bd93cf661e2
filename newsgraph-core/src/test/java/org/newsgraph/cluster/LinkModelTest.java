package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The link model's file: written and read back alike, refused with file and line when wrong; the bundled one. */
class LinkModelTest {

    @Test
    void aModelReadsBackAsWritten() {
        LinkModel model = EventClustererTest.handMade().withThreshold(0.35);

        LinkModel read = LinkModel.parse("m.tsv", model.lines(List.of("made for a test")));

        assertThat(read).isEqualTo(model);
    }

    @Test
    void theProbabilityIsTheLogisticOfTheWeightedSum() {
        LinkModel model = EventClustererTest.handMade();
        double[] x = new double[LinkFeature.values().length];
        x[LinkFeature.WORDS.ordinal()] = 0.5;

        assertThat(model.logit(x)).isCloseTo(1.0, offset(1e-12));
        assertThat(model.probability(x)).isCloseTo(1 / (1 + Math.exp(-1)), offset(1e-12));
        assertThat(model.contributions(x)[LinkFeature.WORDS.ordinal()]).isCloseTo(4.0, offset(1e-12));
    }

    @Test
    void aMissingWeightOrABadNumberIsRefusedNamingFileAndLine() {
        List<String> lines = new ArrayList<>(EventClustererTest.handMade().lines(List.of()));
        List<String> missing = lines.stream().filter(l -> !l.startsWith("words\t")).toList();
        List<String> bad = lines.stream().map(l -> l.startsWith("head\t") ? "head\tmany" : l).toList();

        assertThatThrownBy(() -> LinkModel.parse("m.tsv", missing)).hasMessageContaining("m.tsv: no weight for words");
        assertThatThrownBy(() -> LinkModel.parse("m.tsv", bad)).hasMessageContaining("m.tsv:5: not a number");
    }

    @Test
    void theBundledModelWeighsTheEvidenceTheWayItPoints() {
        LinkModel bundled = LinkModel.bundled();

        assertThat(bundled.threshold()).isBetween(0.0, 1.0);
        assertThat(bundled.weights().get(LinkFeature.WORDS) + bundled.weights().get(LinkFeature.HEAD)
                + bundled.weights().get(LinkFeature.ENTITIES)).isPositive();
        assertThat(bundled.weights().get(LinkFeature.PLACES_APART)).isNegative();
        assertThat(bundled.mergeThreshold()).isGreaterThanOrEqualTo(bundled.threshold());
    }
}
