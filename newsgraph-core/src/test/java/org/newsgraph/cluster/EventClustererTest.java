package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.Placement;

/** Online clustering on hand-made profiles: one event in other words joins; a like event elsewhere or later does not. */
class EventClustererTest {

    private static final EventPlace LIMA = new EventPlace(10, 3936456, "PE", false, -12.043, -77.028);
    private static final EventPlace CUSCO = new EventPlace(11, 3941584, "PE", false, -13.525, -71.972);
    private static final EventPlace CALLAO = new EventPlace(13, 3946083, "PE", false, -12.057, -77.118);
    private static final EventPlace ARICA = new EventPlace(14, 3899361, "CL", false, -18.475, -70.304);
    private static final EventPlace PERU = new EventPlace(12, 3932488, "PE", true, Double.NaN, Double.NaN);
    private static final String QUAKE = "A strong earthquake struck the coast, collapsing buildings and killing dozens; "
            + "rescuers searched the rubble as aftershocks shook the region";
    private static final String REWORDED = "Rescuers dug through rubble after a strong earthquake hit the coast, "
            + "killing dozens and collapsing buildings as aftershocks continued";

    private InMemoryEventClusters clusters;
    private EventClusterer clusterer;
    private final TermReader terms = TermReader.english();
    private long next = 1;

    @BeforeEach
    void setUp() {
        clusters = new InMemoryEventClusters();
        clusterer = new EventClusterer(clusters, ClusterConfig.defaults());
        // a few unrelated articles so that inverse document frequencies mean something
        place("The central bank raised interest rates to fight inflation, markets fell", event(null, null, null));
        place("The football club fired its coach after a run of defeats in the league", event(null, null, null));
    }

    @Test
    void oneEventToldInOtherWordsJoinsOneCluster() {
        Placement first = place(QUAKE, event("disaster", LIMA, "2024-03-05"));
        Placement second = place(REWORDED, event("disaster", LIMA, "2024-03-05"));

        assertThat(first.opened()).isTrue();
        assertThat(second.opened()).isFalse();
        assertThat(second.cluster()).isEqualTo(first.cluster());
        assertThat(second.reason()).startsWith("joined c" + first.cluster()).contains("same place", "same day");
    }

    @Test
    void theSameKindOfEventInAnotherCityIsAnotherCluster() {
        Placement lima = place(QUAKE, event("disaster", LIMA, "2024-03-05"));
        Placement cusco = place(REWORDED, event("disaster", CUSCO, "2024-03-05"));

        assertThat(cusco.cluster()).isNotEqualTo(lima.cluster());
        assertThat(cusco.reason()).contains("ruled out c" + lima.cluster() + " places differ");
    }

    @Test
    void aTownNextToTheCityDoesNotRuleItOutButAnotherCountryDoes() {
        Placement lima = place(QUAKE, event("disaster", LIMA, "2024-03-05"));
        Placement callao = place(REWORDED, event("disaster", CALLAO, "2024-03-05"));
        Placement arica = place(REWORDED + " across the border", event("disaster", ARICA, "2024-03-05"));

        assertThat(callao.cluster()).isEqualTo(lima.cluster());
        assertThat(arica.cluster()).isNotEqualTo(lima.cluster());
    }

    @Test
    void aCountryDoesNotRuleOutACityInIt() {
        Placement lima = place(QUAKE, event("disaster", LIMA, "2024-03-05"));
        Placement peru = place(REWORDED, event("disaster", PERU, "2024-03-05"));

        assertThat(peru.cluster()).isEqualTo(lima.cluster());
    }

    @Test
    void theSameEventAYearLaterIsAnotherCluster() {
        Placement earlier = place(QUAKE, event("disaster", LIMA, "2023-03-05"));
        Placement later = place(REWORDED, event("disaster", LIMA, "2024-03-05"));

        assertThat(later.cluster()).isNotEqualTo(earlier.cluster());
        assertThat(later.reason()).contains("event days 2024-03-05 and 2023-03-05 differ");
    }

    @Test
    void aWeekBetweenTheDaysCostsButDoesNotRuleOut() {
        Placement first = place(QUAKE, event("disaster", LIMA, "2024-03-05"));
        Placement week = place(REWORDED, event("disaster", LIMA, "2024-03-12"));

        assertThat(week.cluster()).isEqualTo(first.cluster());
        assertThat(week.reason()).contains("days 7 apart");
    }

    @Test
    void aDayWithoutYearMatchesTheDayAndRulesOutAnotherDay() {
        Placement dated = place(QUAKE, event("disaster", null, "2023-03-05"));
        Placement undated = place(REWORDED, event("disaster", null, "XXXX-03-05"));
        Placement otherDay = place(REWORDED + " again", event("disaster", null, "XXXX-09-05"));

        assertThat(undated.cluster()).isEqualTo(dated.cluster());
        assertThat(otherDay.cluster()).isNotEqualTo(dated.cluster());
    }

    @Test
    void publicationDaysFarApartKeepUndatedEventsApart() {
        Placement march = place(QUAKE, new EventSignature("disaster", Map.of(), null, null, "2024-03-05"));
        Placement may = place(REWORDED, new EventSignature("disaster", Map.of(), null, null, "2024-09-20"));
        Placement nextDay = place(REWORDED + " today", new EventSignature("disaster", Map.of(), null, null, "2024-03-06"));

        assertThat(may.cluster()).isNotEqualTo(march.cluster());
        assertThat(nextDay.cluster()).isEqualTo(march.cluster());
    }

    @Test
    void unrelatedTextOpensANewClusterWhateverTheEvent() {
        Placement quake = place(QUAKE, event("disaster", LIMA, "2024-03-05"));
        Placement vote = place("Parliament passed the budget bill after a long debate on pensions",
                event("disaster", LIMA, "2024-03-05"));

        assertThat(vote.cluster()).isNotEqualTo(quake.cluster());
        assertThat(vote.reason()).startsWith("opened");
    }

    @Test
    void clusterIdsStayAsGivenAndAPlacedArticleStaysPut() {
        Placement first = place(QUAKE, event("disaster", LIMA, "2024-03-05"));
        place("Parliament passed the budget bill after a long debate on pensions", event(null, null, null));
        Placement again = clusterer.place(profile(first.article(), REWORDED, event("disaster", CUSCO, "2024-03-05")));

        assertThat(again.cluster()).isEqualTo(first.cluster());
        assertThat(again.reason()).isEqualTo("already placed");
        assertThat(clusters.assignment()).containsEntry(1L, 1L).containsEntry(2L, 2L).containsEntry(3L, 3L);
    }

    @Test
    void aCopyJoinsItsOriginalsCluster() {
        Placement original = place(QUAKE, event("disaster", LIMA, "2024-03-05"));
        clusterer.placeCopy(99, original.article());

        assertThat(clusters.clusterOf(99)).contains(original.cluster());
        assertThat(clusters.profiledArticles()).isEqualTo(3);
    }

    private Placement place(String text, EventSignature event) {
        return clusterer.place(profile(next++, text, event));
    }

    private ArticleProfile profile(long article, String text, EventSignature event) {
        Map<String, Integer> counts = new LinkedHashMap<>(terms.terms(text));
        return new ArticleProfile(article, counts, event);
    }

    private static EventSignature event(String type, EventPlace place, String day) {
        return new EventSignature(type, Map.of(), place, day, null);
    }
}
