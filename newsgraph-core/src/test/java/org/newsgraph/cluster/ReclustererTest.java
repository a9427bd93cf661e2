package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.ClusterChange.Kind;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.Placement;

/**
 * Deciding a window again by average linkage, with a hand-made link model and clusters in memory:
 * what arrival order got wrong is merged and split under lasting ids, each change in the history,
 * the week's rule still holds, and a second run changes nothing.
 */
class ReclustererTest {

    private static final String QUAKE = "A strong earthquake struck the coast, collapsing buildings and killing dozens; "
            + "rescuers searched the rubble as aftershocks shook the region";
    private static final String REWORDED = "Rescuers dug through rubble after a strong earthquake hit the coast, "
            + "killing dozens and collapsing buildings as aftershocks continued";
    private static final String BUDGET = "Parliament passed the budget bill after a long debate on pensions and taxes";

    private final TermReader terms = TermReader.english();
    private final Map<Long, ArticleProfile> profiles = new HashMap<>();
    private InMemoryEventClusters clusters;
    private EventClusterer clusterer;
    private long next = 1;

    @BeforeEach
    void setUp() {
        clusters = new InMemoryEventClusters();
        clusterer = new EventClusterer(clusters, ClusterConfig.defaults(EventClustererTest.handMade()));
        assign("The central bank raised interest rates to fight inflation, markets fell", null, null);
        assign("The football club fired its coach after a run of defeats in the league", null, null);
    }

    @Test
    void whatArrivalOrderGotWrongIsMergedAndSplitUnderLastingIds() {
        Placement quake = assign(QUAKE, null, "2024-03-05");
        Placement budget = assign(BUDGET, quake.cluster(), "2024-03-05"); // wrongly joined
        Placement reworded = assign(REWORDED, null, "2024-03-06");       // wrongly opened
        long given = clusters.nextId();

        Reclusterer reclusterer = reclusterer(ReclusterRule.Start.ARTICLES);
        Reclusterer.Plan plan = reclusterer.plan(window());
        plan.changes().forEach(c -> reclusterer.apply(c, profiles));

        assertThat(plan.changes()).extracting(c -> c.change().kind()).containsExactly(Kind.SPLIT, Kind.MERGE);
        ClusterChange split = plan.changes().get(0).change();
        assertThat(split.from()).isEqualTo(quake.cluster());
        assertThat(split.into()).isEqualTo(given);
        assertThat(split.articles()).containsExactly(budget.article());
        assertThat(split.reason()).startsWith("average linkage p ").contains(" < 0.500");
        ClusterChange merge = plan.changes().get(1).change();
        assertThat(merge.from()).isEqualTo(reworded.cluster());
        assertThat(merge.into()).isEqualTo(quake.cluster());
        assertThat(merge.reason()).contains(" >= 0.500");

        assertThat(clusters.clusterOf(quake.article())).contains(quake.cluster());
        assertThat(clusters.clusterOf(reworded.article())).contains(quake.cluster());
        assertThat(clusters.clusterOf(budget.article())).contains(given);
        assertThat(clusters.profile(quake.cluster()).size()).isEqualTo(2);
        assertThat(clusters.profile(given).size()).isEqualTo(1);
        assertThat(clusters.clusterIds()).doesNotContain(reworded.cluster());
        assertThat(clusters.nextId()).isEqualTo(given + 1);
        assertThat(clusters.history()).extracting(h -> h.change()).containsExactly(split, merge);

        assertThat(reclusterer.plan(window()).changes()).as("a second run").isEmpty();
    }

    @Test
    void startingFromTheClustersItOnlyMerges() {
        Placement quake = assign(QUAKE, null, "2024-03-05");
        assign(BUDGET, quake.cluster(), "2024-03-05");
        Placement reworded = assign(REWORDED, null, "2024-03-06");

        Reclusterer.Plan plan = reclusterer(ReclusterRule.Start.CLUSTERS).plan(window());

        assertThat(plan.changes()).extracting(c -> c.change().kind()).doesNotContain(Kind.SPLIT);
    }

    @Test
    void twoLoneArticlesDoNotJoinWhenAJoinNeedsMorePairs() {
        assign(QUAKE, null, "2024-03-05");
        assign(REWORDED, null, "2024-03-06");
        Reclusterer lone = new Reclusterer(clusters, ClusterConfig.defaults(EventClustererTest.handMade()),
                new ReclusterRule(ReclusterRule.Start.CLUSTERS, 0.5, 2, false));

        assertThat(reclusterer(ReclusterRule.Start.CLUSTERS).plan(window()).changes()).hasSize(1);
        assertThat(lone.plan(window()).changes()).isEmpty();
    }

    @Test
    void reportsPublishedMoreThanAWeekApartNeverJoin() {
        assign(QUAKE, null, "2024-03-05");
        assign(REWORDED, null, "2024-03-20");

        assertThat(reclusterer(ReclusterRule.Start.ARTICLES).plan(window()).changes()).isEmpty();
    }

    @Test
    void aCopyGoesWhereItsOriginalGoes() {
        Placement quake = assign(QUAKE, null, "2024-03-05");
        Placement budget = assign(BUDGET, quake.cluster(), "2024-03-05");
        long copy = next++;
        clusters.placeCopy(copy, quake.cluster());
        List<Reclusterer.Member> window = window();
        window.add(new Reclusterer.Member(copy, quake.cluster(), null, budget.article()));

        Reclusterer.Plan plan = reclusterer(ReclusterRule.Start.ARTICLES).plan(window);

        assertThat(plan.changes()).hasSize(1);
        assertThat(plan.changes().get(0).change().articles()).containsExactly(budget.article(), copy);
    }

    private Reclusterer reclusterer(ReclusterRule.Start start) {
        return new Reclusterer(clusters, ClusterConfig.defaults(EventClustererTest.handMade()),
                new ReclusterRule(start, 0.5, 1, false));
    }

    private List<Reclusterer.Member> window() {
        List<Reclusterer.Member> window = new ArrayList<>();
        clusters.assignment().forEach((article, cluster) -> {
            if (profiles.containsKey(article)) {
                window.add(new Reclusterer.Member(article, cluster, profiles.get(article), null));
            }
        });
        return window;
    }

    private Placement assign(String text, Long cluster, String published) {
        ArticleProfile p = new ArticleProfile(next++, new LinkedHashMap<>(terms.terms(text)),
                new EventSignature(null, Map.of(), null, null, published));
        profiles.put(p.article(), p);
        return clusterer.assign(p, cluster, "test");
    }
}
