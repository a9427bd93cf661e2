package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.EventSignature;

class EventIdentityTest {

    private final EventIdentity identity = new EventIdentity(ClusterConfig.defaults().withAdjustments(0.1, 0.05, 0.01));

    @Test
    void countsDaysAcrossMonthsAndTakesAMissingYearFromTheOtherDay() {
        assertThat(EventIdentity.days("2023-04-20", "2023-05-01")).isEqualTo(11);
        assertThat(EventIdentity.days("XXXX-04-20", "2024-04-29")).isEqualTo(9);
        assertThat(EventIdentity.days("XXXX-02-29", "XXXX-03-01")).isEqualTo(1);
        assertThat(EventIdentity.days("2023-W16", "2023-04-20")).isZero();
    }

    @Test
    void participantsSharedRaiseTheScoreAndParticipantsDisjointLowerIt() {
        EventSignature ab = new EventSignature("meeting", Map.of(1L, 1, 2L, 1), null, null, null);
        EventSignature b = new EventSignature("meeting", Map.of(2L, 1), null, null, null);
        EventSignature c = new EventSignature("meeting", Map.of(3L, 1), null, null, null);

        assertThat(identity.compare(ab, b).adjustment()).isGreaterThan(0);
        assertThat(identity.compare(ab, c).adjustment()).isEqualTo(-0.05, offset(1e-9));
    }

    @Test
    void daysApartBeyondTheToleranceCostAndAMonthApartRulesOut() {
        EventSignature first = new EventSignature(null, Map.of(), null, "2024-03-05", null);

        assertThat(identity.compare(first, new EventSignature(null, Map.of(), null, "2024-03-07", null)).adjustment())
                .isZero();
        assertThat(identity.compare(first, new EventSignature(null, Map.of(), null, "2024-03-15", null)).adjustment())
                .isEqualTo(-0.07, offset(1e-9));
        assertThat(identity.compare(first, new EventSignature(null, Map.of(), null, "2024-04-15", null)).vetoed())
                .isTrue();
    }

    @Test
    void twoStatedPlacesApartRuleOutButAScenePlaceOnlyCosts() {
        EventPlace lima = new EventPlace(10, 3936456, "PE", false, -12.043, -77.028);
        EventPlace arica = new EventPlace(14, 3899361, "CL", false, -18.475, -70.304);
        EventPlace aricaScene = new EventPlace(14, 3899361, "CL", false, -18.475, -70.304, false);

        assertThat(identity.compare(at(lima), at(arica)).vetoed()).isTrue();
        EventIdentity.Verdict scene = identity.compare(at(lima), at(aricaScene));
        assertThat(scene.vetoed()).isFalse();
        assertThat(scene.adjustment()).isEqualTo(-ClusterConfig.defaults().sceneConflict(), offset(1e-9));
        assertThat(scene.reasons()).containsExactly("scenes differ");
    }

    @Test
    void unresolvedPlacesAreNotOnePlace() {
        EventPlace one = new EventPlace(-1, 0, null, false, Double.NaN, Double.NaN);
        EventPlace other = new EventPlace(-1, 0, null, false, Double.NaN, Double.NaN);

        assertThat(one.sameAs(other)).isFalse();
    }

    private static EventSignature at(EventPlace place) {
        return new EventSignature(null, Map.of(), place, null, null);
    }

    @Test
    void unknownPartsNeitherJoinNorSeparate() {
        EventIdentity.Verdict v = identity.compare(EventSignature.unknown(null), EventSignature.unknown("2024-01-01"));

        assertThat(v.vetoed()).isFalse();
        assertThat(v.adjustment()).isZero();
        assertThat(v.reasons()).isEmpty();
    }
}
