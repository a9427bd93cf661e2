package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.EventSignature;

/** Each feature of an article against a cluster, and what an unknown part gives: nothing. */
class LinkFeaturesTest {

    private static final float[] NO_EMBEDDING = new float[0];
    private static final EventPlace KYIV = new EventPlace(1, 703448, "UA", false, 50.45, 30.52);
    private static final EventPlace LVIV = new EventPlace(2, 702550, "UA", false, 49.84, 24.03);
    private static final EventPlace LVIV_SCENE = new EventPlace(2, 702550, "UA", false, 49.84, 24.03, false);
    private static final EventPlace BROVARY = new EventPlace(3, 711660, "UA", false, 50.51, 30.79);

    @Test
    void eachClassOfTermIsComparedOnItsOwn() {
        Map<String, Double> article = Map.of("quake", 1.0, "^quake", 0.6, "^coast", 0.8, "@7", 1.0);
        ClusterProfile cluster = cluster(Map.of("quake", 2.0, "rubble", 2.0, "^quake", 1.0, "@8", 1.0),
                EventSignature.unknown(null));

        double[] x = LinkFeatures.measure(article, NO_EMBEDDING, EventSignature.unknown(null), cluster);

        assertThat(x[LinkFeature.WORDS.ordinal()]).isCloseTo(Math.sqrt(0.5), offset(1e-9));
        assertThat(x[LinkFeature.HEAD.ordinal()]).isCloseTo(0.6, offset(1e-9));
        assertThat(x[LinkFeature.ENTITIES.ordinal()]).isZero();
    }

    @Test
    void unknownDaysPlacesAndParticipantsGiveNothing() {
        double[] x = LinkFeatures.measure(Map.of("quake", 1.0), NO_EMBEDDING, EventSignature.unknown(null),
                cluster(Map.of("quake", 1.0), new EventSignature("meeting", Map.of(1L, 1), KYIV, "2024-03-05", "2024-03-05")));

        for (LinkFeature f : LinkFeature.values()) {
            if (f != LinkFeature.WORDS) {
                assertThat(x[f.ordinal()]).as(f.key()).isZero();
            }
        }
    }

    @Test
    void aPublicationDayWithinTheClustersSpanIsNoGap() {
        EventSignature span = new EventSignature(null, Map.of(), null, null, "2024-03-01", "2024-03-04", true);

        assertThat(LinkFeatures.publishedOutside(signature("2024-03-03"), span)).isZero();
        assertThat(LinkFeatures.publishedOutside(signature("2024-03-09"), span)).isEqualTo(5);
        assertThat(LinkFeatures.publishedOutside(signature("2024-02-27"), span)).isEqualTo(3);
        assertThat(LinkFeatures.publishedSpan(signature("2024-03-09"), span)).isEqualTo(8);
        assertThat(LinkFeatures.publishedOutside(EventSignature.unknown(null), span)).isEqualTo(-1);
    }

    @Test
    void daysAndGapsAreLoggedAndOneDayIsMarked() {
        double[] x = measure(new EventSignature(null, Map.of(), null, "2024-03-05", "2024-03-12"),
                new EventSignature(null, Map.of(), null, "2024-03-05", "2024-03-05"));

        assertThat(x[LinkFeature.SAME_DAY.ordinal()]).isEqualTo(1);
        assertThat(x[LinkFeature.EVENT_GAP.ordinal()]).isZero();
        assertThat(x[LinkFeature.PUBLISHED_GAP.ordinal()]).isCloseTo(Math.log1p(7), offset(1e-9));
    }

    @Test
    void placesAreOneApartOrNearAndAScenesConflictIsItsOwnFeature() {
        assertThat(measure(at(KYIV), at(KYIV))[LinkFeature.SAME_PLACE.ordinal()]).isEqualTo(1);
        assertThat(measure(at(KYIV), at(LVIV))[LinkFeature.PLACES_APART.ordinal()]).isEqualTo(1);
        assertThat(measure(at(KYIV), at(LVIV_SCENE))[LinkFeature.SCENES_APART.ordinal()]).isEqualTo(1);
        double[] near = measure(at(KYIV), at(BROVARY));
        assertThat(near[LinkFeature.PLACES_APART.ordinal()] + near[LinkFeature.SAME_PLACE.ordinal()]).isZero();
    }

    @Test
    void embeddingsAreComparedByCosineAndAMissingOneGivesNothing() {
        ClusterProfile cluster = new ClusterProfile(1, 2, Map.of("x", 1.0), EventSignature.unknown(null),
                new float[] {2, 0});

        double along = LinkFeatures.measure(Map.of("x", 1.0), new float[] {1, 1}, EventSignature.unknown(null), cluster)
                [LinkFeature.EMBEDDING.ordinal()];
        double none = LinkFeatures.measure(Map.of("x", 1.0), NO_EMBEDDING, EventSignature.unknown(null), cluster)
                [LinkFeature.EMBEDDING.ordinal()];

        assertThat(along).isCloseTo(Math.sqrt(0.5), offset(1e-6));
        assertThat(none).isZero();
    }

    @Test
    void anOutletThatPublishedAReportInTheClusterIsMarkedAndAnUnnamedOneGivesNothing() {
        EventSignature twoOutlets = signature("2024-03-05").from("Daily Example").plus(signature("2024-03-05").from("Wire"));

        assertThat(measure(signature("2024-03-06").from(" daily example "), twoOutlets)[LinkFeature.SAME_OUTLET.ordinal()])
                .isEqualTo(1);
        assertThat(measure(signature("2024-03-06").from("Other Paper"), twoOutlets)[LinkFeature.SAME_OUTLET.ordinal()])
                .isZero();
        assertThat(measure(signature("2024-03-06"), twoOutlets)[LinkFeature.SAME_OUTLET.ordinal()]).isZero();
    }

    @Test
    void aDayWithoutYearTakesTheOthersYear() {
        assertThat(LinkFeatures.days("XXXX-03-05", "2023-03-07")).isEqualTo(2);
        assertThat(LinkFeatures.days("2023-03-05", "not a day")).isZero();
    }

    private static double[] measure(EventSignature article, EventSignature cluster) {
        return LinkFeatures.measure(Map.of("x", 1.0), NO_EMBEDDING, article, cluster(Map.of("x", 1.0), cluster));
    }

    private static ClusterProfile cluster(Map<String, Double> terms, EventSignature event) {
        return new ClusterProfile(1, 1, terms, event);
    }

    private static EventSignature signature(String published) {
        return EventSignature.unknown(published);
    }

    private static EventSignature at(EventPlace place) {
        return new EventSignature(null, Map.of(), place, null, null);
    }
}
