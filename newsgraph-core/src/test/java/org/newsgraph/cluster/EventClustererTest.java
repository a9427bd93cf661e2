package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ClusterMerge;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.Placement;

/**
 * Online clustering with a hand-made link model (the fitted one is measured by the Evals): one
 * event in other words joins; unrelated text opens a cluster; reports further apart than the
 * window of one event's reports never join unless their texts date the event on one day.
 */
class EventClustererTest {

    private static final EventPlace LIMA = new EventPlace(10, 3936456, "PE", false, -12.043, -77.028);
    private static final EventPlace ARICA = new EventPlace(14, 3899361, "CL", false, -18.475, -70.304);
    private static final String QUAKE = "A strong earthquake struck the coast, collapsing buildings and killing dozens; "
            + "rescuers searched the rubble as aftershocks shook the region";
    private static final String REWORDED = "Rescuers dug through rubble after a strong earthquake hit the coast, "
            + "killing dozens and collapsing buildings as aftershocks continued";

    private InMemoryEventClusters clusters;
    private EventClusterer clusterer;
    private final TermReader terms = TermReader.english();
    private long next = 1;

    /** Text counts most, then places and days; weights of the sign a fitted model has. */
    static LinkModel handMade() {
        Map<LinkFeature, Double> w = new EnumMap<>(LinkFeature.class);
        for (LinkFeature f : LinkFeature.values()) {
            w.put(f, 0.0);
        }
        w.put(LinkFeature.WORDS, 8.0);
        w.put(LinkFeature.PUBLISHED_GAP, -0.5);
        w.put(LinkFeature.PLACES_APART, -4.0);
        w.put(LinkFeature.SAME_PLACE, 0.5);
        return new LinkModel(w, -3, 0.5, 0.6);
    }

    @BeforeEach
    void setUp() {
        clusters = new InMemoryEventClusters();
        clusterer = new EventClusterer(clusters, ClusterConfig.defaults(handMade()));
        // a few unrelated articles so that inverse document frequencies mean something
        place("The central bank raised interest rates to fight inflation, markets fell", event(null, null, null));
        place("The football club fired its coach after a run of defeats in the league", event(null, null, null));
    }

    @Test
    void oneEventToldInOtherWordsJoinsOneCluster() {
        Placement first = place(QUAKE, event(LIMA, null, "2024-03-05"));
        Placement second = place(REWORDED, event(LIMA, null, "2024-03-05"));

        assertThat(first.opened()).isTrue();
        assertThat(second.opened()).isFalse();
        assertThat(second.cluster()).isEqualTo(first.cluster());
        assertThat(second.reason()).startsWith("joined c" + first.cluster() + ": p ").contains("words +");
        assertThat(second.score()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void unrelatedTextOpensANewClusterAndSaysWhichCandidateCameClosest() {
        Placement quake = place(QUAKE, event(LIMA, null, "2024-03-05"));
        Placement vote = place("Parliament passed the earthquake budget bill after a long debate on pensions",
                event(LIMA, null, "2024-03-05"));

        assertThat(vote.cluster()).isNotEqualTo(quake.cluster());
        assertThat(vote.reason()).startsWith("opened: best c" + quake.cluster() + " p ").contains(" < 0.50");
    }

    @Test
    void placesThatCannotBeOneSceneMakeAJoinLessLikely() {
        place(QUAKE, event(LIMA, null, "2024-03-05"));
        ArticleProfile inLima = profile(50, REWORDED, event(LIMA, null, "2024-03-05"));
        ArticleProfile inArica = profile(51, REWORDED, event(ARICA, null, "2024-03-05"));

        double lima = clusterer.links(inLima).get(0).probability();
        double arica = clusterer.links(inArica).get(0).probability();

        assertThat(arica).isLessThan(lima);
        assertThat(clusterer.links(inArica).get(0).features()[LinkFeature.PLACES_APART.ordinal()]).isEqualTo(1);
    }

    @Test
    void reportsPublishedMoreThanAWeekApartAreRuledOut() {
        Placement march = place(QUAKE, event(null, null, "2024-03-05"));
        Placement later = place(REWORDED, event(null, null, "2024-03-15"));

        assertThat(later.cluster()).isNotEqualTo(march.cluster());
        assertThat(later.reason()).isEqualTo("opened: no candidate published 2024-03-08 to 2024-03-22");
    }

    @Test
    void theWindowHoldsForTheWholeClusterNotOnlyItsLatestReport() {
        Placement first = place(QUAKE, event(null, null, "2024-03-01"));
        Placement sixth = place(REWORDED, event(null, null, "2024-03-06"));
        Placement tenth = place(QUAKE + " again", event(null, null, "2024-03-10"));

        assertThat(sixth.cluster()).isEqualTo(first.cluster());
        assertThat(tenth.cluster()).isNotEqualTo(first.cluster());
        assertThat(tenth.reason()).contains("published 9 days apart");
    }

    @Test
    void aFollowUpThatDatesTheEventOnTheSameDayMayJoinAcrossTheWindow() {
        Placement report = place(QUAKE, event(null, "2024-03-05", "2024-03-05"));
        ArticleProfile followUp = profile(60, REWORDED, event(null, "2024-03-05", "2024-03-20"));

        List<EventClusterer.Link> links = clusterer.links(followUp);

        assertThat(links).extracting(EventClusterer.Link::cluster).contains(report.cluster());
        assertThat(links).allMatch(EventClusterer.Link::allowed);
    }

    @Test
    void assignPutsAnArticleWhereTheCallerSays() {
        Placement quake = place(QUAKE, event(LIMA, null, "2024-03-05"));
        Placement told = clusterer.assign(profile(70, "Parliament passed the budget", event(null, null, null)),
                quake.cluster(), "gold");
        Placement fresh = clusterer.assign(profile(71, REWORDED, event(null, null, null)), null, "gold");

        assertThat(told.cluster()).isEqualTo(quake.cluster());
        assertThat(fresh.opened()).isTrue();
        assertThat(fresh.cluster()).isNotEqualTo(quake.cluster());
        assertThat(clusters.profile(quake.cluster()).size()).isEqualTo(2);
    }

    @Test
    void twoClustersOpenedForOneEventAreMergedAgainIntoTheOlder() {
        Placement first = clusterer.assign(profile(40, QUAKE, event(LIMA, null, "2024-03-05")), null, "opened");
        Placement second = clusterer.assign(profile(41, REWORDED, event(LIMA, null, "2024-03-05")), null, "opened");
        Placement other = place("Parliament passed the budget bill after a long debate on pensions", event(null, null, null));

        List<ClusterMerge> merges = clusterer.mergeAgain(clusters.clusterIds());

        assertThat(merges).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo(second.cluster());
            assertThat(m.into()).isEqualTo(first.cluster());
            assertThat(m.reason()).startsWith("merged c" + second.cluster() + " into c" + first.cluster() + ": p ");
        });
        assertThat(clusters.clusterOf(41)).contains(first.cluster());
        assertThat(clusters.clusterOf(other.article())).contains(other.cluster());
        assertThat(clusters.profile(first.cluster()).size()).isEqualTo(2);
        assertThat(clusters.clusterIds()).doesNotContain(second.cluster());
    }

    @Test
    void clusterIdsStayAsGivenAndAPlacedArticleStaysPut() {
        Placement first = place(QUAKE, event(LIMA, null, "2024-03-05"));
        place("Parliament passed the budget bill after a long debate on pensions", event(null, null, null));
        Placement again = clusterer.place(profile(first.article(), REWORDED, event(ARICA, null, "2024-03-05")));

        assertThat(again.cluster()).isEqualTo(first.cluster());
        assertThat(again.reason()).isEqualTo("already placed");
        assertThat(clusters.assignment()).containsEntry(1L, 1L).containsEntry(2L, 2L).containsEntry(3L, 3L);
    }

    @Test
    void aCopyJoinsItsOriginalsCluster() {
        Placement original = place(QUAKE, event(LIMA, null, "2024-03-05"));
        Placement copy = clusterer.placeCopy(profile(99, QUAKE, event(LIMA, null, "2024-03-06")), original.article());

        assertThat(copy.reason()).isEqualTo("copy");
        assertThat(clusters.clusterOf(99)).contains(original.cluster());
        assertThat(clusters.profiledArticles()).isEqualTo(3);
    }

    @Test
    void aCopyPublishedAgainWeeksLaterIsPlacedOnItsMerits() {
        Placement original = place(QUAKE, event(LIMA, null, "2024-03-05"));
        Placement again = clusterer.placeCopy(profile(99, QUAKE, event(LIMA, null, "2024-04-20")), original.article());

        assertThat(again.cluster()).isNotEqualTo(original.cluster());
        assertThat(again.opened()).isTrue();
        assertThat(again.reason()).isEqualTo("opened: no candidate published 2024-04-13 to 2024-04-27");
    }

    private Placement place(String text, EventSignature event) {
        return clusterer.place(profile(next++, text, event));
    }

    private ArticleProfile profile(long article, String text, EventSignature event) {
        Map<String, Integer> counts = new LinkedHashMap<>(terms.terms(text));
        return new ArticleProfile(article, counts, event);
    }

    private static EventSignature event(EventPlace place, String day, String published) {
        return new EventSignature(null, Map.of(), place, day, published);
    }
}
