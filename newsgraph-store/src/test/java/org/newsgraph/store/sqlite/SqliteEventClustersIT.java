package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.ClusterHistoryEntry;
import org.newsgraph.model.ClusterMerge;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.Placement;
import org.newsgraph.store.EventClusters;
import org.newsgraph.store.StoreException;

/** Event clusters in a real SQLite file: profiles round-trip, the key index finds candidates, counts add up. */
class SqliteEventClustersIT {

    @TempDir
    Path temp;

    private SqliteArticleStore store;
    private EventClusters clusters;
    private long first;
    private long second;
    private long third;

    @BeforeEach
    void open() {
        store = SqliteArticleStore.open(temp.resolve("store"));
        clusters = store.eventClusters();
        first = store.save(SampleArticles.numbered(1));
        second = store.save(SampleArticles.numbered(2));
        third = store.save(SampleArticles.numbered(3));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aProfileComesBackAsPlacedWithItsSignature() {
        EventSignature event = new EventSignature("visit", Map.of(7L, 2), new EventPlace(3, 703448, "UA", false, 50.45, 30.52),
                "2023-04-20", "2023-04-20");
        ClusterProfile profile = new ClusterProfile(1, 1, Map.of("visit", 0.5, "@7", 0.25), event);
        clusters.place(new Placement(first, 1, true, 0.0, "opened: no candidate"), profile, List.of("visit", "@7"),
                List.of("visit", "@7"));

        assertThat(clusters.profile(1)).isEqualTo(profile);
        assertThat(clusters.clusterOf(first)).contains(1L);
        assertThat(clusters.nextId()).isEqualTo(2);
        assertThat(clusters.profiledArticles()).isEqualTo(1);
        assertThat(clusters.placements()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("opened: no candidate"));
    }

    @Test
    void theSpanOfPublicationDaysAndWhetherTheSourcesStateThemComeBack() {
        EventSignature read = new EventSignature("meeting", Map.of(), null, null, "2024-05-01", "2024-05-04", false);
        ClusterProfile profile = new ClusterProfile(1, 2, Map.of("talks", 1.0), read);
        clusters.place(new Placement(first, 1, true, 0, "opened"), profile, List.of("talks"), List.of("talks"));

        assertThat(clusters.profile(1).event().lastPublished()).isEqualTo("2024-05-04");
        assertThat(clusters.profile(1).event().publishedStated()).isFalse();
        assertThat(clusters.profile(1)).isEqualTo(profile);
    }

    @Test
    void theOutletsOfAClustersReportsComeBack() {
        EventSignature event = new EventSignature("meeting", Map.of(), null, null, "2024-05-01").from("Wire")
                .plus(new EventSignature("meeting", Map.of(), null, null, "2024-05-01").from("The Daily Example"));
        ClusterProfile profile = new ClusterProfile(1, 2, Map.of("talks", 1.0), event);
        clusters.place(new Placement(first, 1, true, 0, "opened"), profile, List.of("talks"), List.of("talks"));

        assertThat(clusters.profile(1).event().outlets()).containsExactlyInAnyOrder("wire", "the daily example");
        assertThat(clusters.profile(1)).isEqualTo(profile);
    }

    @Test
    void aSceneComesBackAsAScene() {
        EventPlace scene = new EventPlace(4, 2950159, "DE", false, 52.52, 13.41, false);
        ClusterProfile profile = new ClusterProfile(1, 1, Map.of("storm", 1.0),
                new EventSignature(null, Map.of(), scene, null, null));
        clusters.place(new Placement(first, 1, true, 0, "opened"), profile, List.of("storm"), List.of("storm"));

        assertThat(clusters.profile(1).event().place().stated()).isFalse();
        assertThat(clusters.profile(1)).isEqualTo(profile);
    }

    @Test
    void anUnknownSignatureRoundTripsWithNullParts() {
        ClusterProfile profile = new ClusterProfile(1, 1, Map.of("quake", 1.0), EventSignature.unknown(null));
        clusters.place(new Placement(first, 1, true, 0, "opened"), profile, List.of("quake"), List.of("quake"));

        assertThat(clusters.profile(1)).isEqualTo(profile);
    }

    @Test
    void candidatesAreTheClustersSharingMostKeysThenTheNewest() {
        open(first, 1, List.of("quake", "chile"));
        open(second, 2, List.of("quake", "peru", "lima"));
        open(third, 3, List.of("election"));

        assertThat(clusters.candidates(List.of("quake", "lima"), null, 10)).containsExactly(2L, 1L);
        assertThat(clusters.candidates(List.of("quake"), null, 1)).containsExactly(2L);
        assertThat(clusters.candidates(List.of("flood"), null, 10)).isEmpty();
        assertThat(clusters.candidates(List.of(), null, 10)).isEmpty();
    }

    @Test
    void aWindowKeepsTheClustersWhoseLatestStatedReportIsInItAndThoseWithNoStatedDay() {
        openPublished(first, 1, "2022-03-01", "2022-03-02", true);
        openPublished(second, 2, "2022-03-20", "2022-03-20", true);
        openPublished(third, 3, "2022-01-01", "2022-01-01", false);

        DatePeriod march = new DatePeriod(LocalDate.of(2022, 2, 25), LocalDate.of(2022, 3, 10));
        assertThat(clusters.candidates(List.of("talks"), march, 10)).containsExactly(3L, 1L);
        assertThat(clusters.candidates(List.of("talks"), null, 10)).containsExactly(3L, 2L, 1L);
    }

    @Test
    void theCountOfProfiledArticlesOutlivesTheProcess() {
        open(first, 1, List.of("quake"));
        open(second, 2, List.of("quake"));
        store.close();
        store = SqliteArticleStore.open(temp.resolve("store"));

        assertThat(store.eventClusters().profiledArticles()).isEqualTo(2);
    }

    @Test
    void aClusterIsIndexedUnderItsLatestKeysOnly() {
        open(first, 1, List.of("quake"));
        ClusterProfile grown = new ClusterProfile(1, 2, Map.of("flood", 1.0), EventSignature.unknown(null));
        clusters.place(new Placement(second, 1, false, 0.6, "joined c1"), grown, List.of("flood"), List.of("flood"));

        assertThat(clusters.candidates(List.of("quake"), null, 10)).isEmpty();
        assertThat(clusters.candidates(List.of("flood"), null, 10)).containsExactly(1L);
        assertThat(clusters.profile(1).size()).isEqualTo(2);
        assertThat(clusters.assignment()).containsExactly(Map.entry(first, 1L), Map.entry(second, 1L));
    }

    @Test
    void documentFrequenciesCountEachArticleOnceAndCopiesNotAtAll() {
        open(first, 1, List.of("quake", "chile"));
        open(second, 2, List.of("quake"));
        clusters.placeCopy(third, 2);

        assertThat(clusters.documentFrequencies(List.of("quake", "chile", "flood")))
                .containsOnly(Map.entry("quake", 2), Map.entry("chile", 1));
        assertThat(clusters.profiledArticles()).isEqualTo(2);
        assertThat(clusters.clusterOf(third)).contains(2L);
    }

    @Test
    void anArticleIsPlacedOnceAndAFailedPlacementLeavesNothingBehind() {
        open(first, 1, List.of("quake"));

        assertThatThrownBy(() -> open(first, 2, List.of("flood"))).isInstanceOf(StoreException.class);
        assertThat(clusters.nextId()).isEqualTo(2);
        assertThat(clusters.candidates(List.of("flood"), null, 10)).isEmpty();
        assertThat(clusters.documentFrequencies(List.of("flood"))).isEmpty();
    }

    @Test
    void clustersOutliveTheProcessThatMadeThem() {
        open(first, 1, List.of("quake"));
        store.close();
        store = SqliteArticleStore.open(temp.resolve("store"));

        assertThat(store.eventClusters().clusterOf(first)).contains(1L);
        assertThat(store.eventClusters().candidates(List.of("quake"), null, 5)).containsExactly(1L);
    }

    @Test
    void everyArticleIsPlacedOnceEachOkArticleAndEachCopyOfAPlacedOneIs() {
        long copy = store.save(SampleArticles.duplicate("copy.txt", "copied words", first));
        store.save(SampleArticles.failed("failed.txt", "broken words"));
        open(first, 1, List.of("quake"));
        open(second, 2, List.of("vote"));

        assertThat(clusters.placesEveryArticle()).as("third is not placed").isFalse();
        assertThat(clusters.unplaced()).as("ok or copies, not placed, in id order").contains(List.of(third, copy));
        open(third, 3, List.of("storm"));
        assertThat(clusters.placesEveryArticle()).as("the copy of first is not placed").isFalse();
        clusters.placeCopy(copy, 1);
        assertThat(clusters.placesEveryArticle()).as("a failed article is never placed").isTrue();
        assertThat(clusters.unplaced()).contains(List.of());
    }

    @Test
    void aMergedClusterHandsItsArticlesToTheOlderOneAndItsIdIsNeverGivenAgain() {
        open(first, 1, List.of("quake"));
        open(second, 2, List.of("quake", "rubble"));
        ClusterProfile merged = new ClusterProfile(1, 2, Map.of("quake", 2.0, "rubble", 1.0),
                EventSignature.unknown(null), new float[] {0.5f, -0.25f});

        clusters.merge(new ClusterMerge(2, 1, 0.9, "merged c2 into c1: p 0.90"), merged, List.of("quake", "rubble"));

        assertThat(clusters.clusterOf(second)).contains(1L);
        assertThat(clusters.clusterIds()).containsExactly(1L);
        assertThat(clusters.candidates(List.of("rubble"), null, 5)).containsExactly(1L);
        assertThat(clusters.profile(1)).isEqualTo(merged);
        assertThat(clusters.merges()).containsExactly(new ClusterMerge(2, 1, 0.9, "merged c2 into c1: p 0.90"));
        assertThat(clusters.nextId()).isEqualTo(3);
    }

    @Test
    void aMergeIntoAClusterThatIsNotThereLeavesNothingBehind() {
        open(first, 1, List.of("quake"));
        ClusterProfile wrong = new ClusterProfile(1, 2, Map.of("quake", 1.0), EventSignature.unknown(null));

        assertThatThrownBy(() -> clusters.merge(new ClusterMerge(7, 1, 0.9, "merged"), wrong, List.of("quake")))
                .isInstanceOf(RuntimeException.class);
        assertThat(clusters.merges()).isEmpty();
        assertThat(clusters.clusterOf(first)).contains(1L);
        assertThat(clusters.profile(1).size()).isEqualTo(1);
    }

    @Test
    void aSplitGivesTheMovedPartANewIdAndBothChangesAreInTheHistory() {
        open(first, 1, List.of("quake"));
        clusters.place(new Placement(second, 1, false, 0.7, "joined c1"),
                new ClusterProfile(1, 2, Map.of("quake", 1.0, "budget", 1.0), EventSignature.unknown(null)),
                List.of("quake", "budget"), List.of("budget"));
        open(third, 2, List.of("budget"));
        ClusterProfile kept = new ClusterProfile(1, 1, Map.of("quake", 1.0), EventSignature.unknown(null));
        ClusterProfile moved = new ClusterProfile(3, 1, Map.of("budget", 1.0), EventSignature.unknown(null));
        ClusterChange split = new ClusterChange(ClusterChange.Kind.SPLIT, 1, 3, List.of(second), 0.1, "p 0.10 < 0.50");

        clusters.change(split, List.of(kept, moved), Map.of(1L, List.of("quake"), 3L, List.of("budget")));
        ClusterProfile both = new ClusterProfile(2, 2, Map.of("budget", 2.0), EventSignature.unknown(null));
        ClusterChange merge = new ClusterChange(ClusterChange.Kind.MERGE, 3, 2, List.of(second), 0.8, "p 0.80 >= 0.50");
        clusters.change(merge, List.of(both), Map.of(2L, List.of("budget")));

        assertThat(clusters.clusterOf(second)).contains(2L);
        assertThat(clusters.clusterIds()).containsExactly(1L, 2L);
        assertThat(clusters.candidates(List.of("budget"), null, 5)).containsExactly(2L);
        assertThat(clusters.profile(1)).isEqualTo(kept);
        assertThat(clusters.nextId()).as("c3 is never given again").isEqualTo(4);
        assertThat(clusters.history()).extracting(ClusterHistoryEntry::change).containsExactly(split, merge);
        assertThat(clusters.history()).extracting(ClusterHistoryEntry::seq).containsExactly(1L, 2L);
    }

    @Test
    void aSplitUnderAnIdGivenBeforeLeavesNothingBehind() {
        open(first, 1, List.of("quake"));
        open(second, 2, List.of("budget"));
        ClusterChange reuse = new ClusterChange(ClusterChange.Kind.SPLIT, 1, 2, List.of(first), 0.1, "p");

        assertThatThrownBy(() -> clusters.change(reuse, List.of(), Map.of())).isInstanceOf(StoreException.class);
        assertThat(clusters.history()).isEmpty();
        assertThat(clusters.clusterOf(first)).contains(1L);
    }

    @Test
    void aChangeThatMovesArticlesNotInTheClusterLeavesNothingBehind() {
        open(first, 1, List.of("quake"));
        open(second, 2, List.of("budget"));
        ClusterChange wrong = new ClusterChange(ClusterChange.Kind.MERGE, 2, 1, List.of(third), 0.9, "p");
        ClusterProfile profile = new ClusterProfile(1, 2, Map.of("quake", 1.0), EventSignature.unknown(null));

        assertThatThrownBy(() -> clusters.change(wrong, List.of(profile), Map.of())).isInstanceOf(StoreException.class);
        assertThat(clusters.history()).isEmpty();
        assertThat(clusters.clusterIds()).containsExactly(1L, 2L);
        assertThat(clusters.profile(1).size()).isEqualTo(1);
    }

    @Test
    void theMembersOfOneClusterAreReadByItsId() {
        open(first, 1, List.of("talks"));
        open(second, 2, List.of("flood"));
        clusters.placeCopy(third, 1);

        assertThat(clusters.placementsOf(1)).extracting(Placement::article).containsExactly(first, third);
        assertThat(clusters.placementsOf(2)).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("opened"));
        assertThat(clusters.placementsOf(3)).isEmpty();
        assertThat(clusters.placementsOf(1)).isEqualTo(clusters.placements().stream().filter(p -> p.cluster() == 1).toList());
    }

    private void openPublished(long article, long cluster, String published, String lastPublished, boolean stated) {
        EventSignature event = new EventSignature("meeting", Map.of(), null, null, published, lastPublished, stated);
        clusters.place(new Placement(article, cluster, true, 0, "opened"),
                new ClusterProfile(cluster, 1, Map.of("talks", 1.0), event), List.of("talks"), List.of("talks"));
    }

    @Test
    void aListingPagesTheClustersWithMembersByTheIndexOfMembersByClusterAsThePortsReadOfEveryPlacementDoes()
            throws Exception {
        long copy = store.save(SampleArticles.duplicate("copy.txt", "copied words", first));
        long fourth = store.save(SampleArticles.numbered(4));
        open(first, 1, List.of("quake"));
        open(second, 2, List.of("vote"));
        open(third, 3, List.of("storm"));
        clusters.placeCopy(copy, 1);
        clusters.place(new Placement(fourth, 3, false, 0.9, "joined"),
                new ClusterProfile(3, 2, Map.of("storm", 2.0), EventSignature.unknown(null)), List.of("storm"),
                List.of("storm"));
        EventClusters everything = new EventClusters() { // the port's defaults, which read every placement
            @Override
            public List<Placement> placements() {
                return clusters.placements();
            }

            @Override
            public List<Placement> placementsOf(long cluster) {
                return clusters.placementsOf(cluster);
            }

            // what the listing does not use
            @Override public Map<Long, Long> assignment() { throw new UnsupportedOperationException(); }
            @Override public java.util.Optional<Long> clusterOf(long article) { throw new UnsupportedOperationException(); }
            @Override public int profiledArticles() { throw new UnsupportedOperationException(); }
            @Override public Map<String, Integer> documentFrequencies(java.util.Collection<String> terms) { throw new UnsupportedOperationException(); }
            @Override public List<Long> candidates(java.util.Collection<String> keys, DatePeriod last, int limit) { throw new UnsupportedOperationException(); }
            @Override public ClusterProfile profile(long cluster) { throw new UnsupportedOperationException(); }
            @Override public long nextId() { throw new UnsupportedOperationException(); }
            @Override public void place(Placement p, ClusterProfile u, java.util.Collection<String> k, java.util.Collection<String> t) { throw new UnsupportedOperationException(); }
            @Override public void merge(ClusterMerge m, ClusterProfile into, java.util.Collection<String> keys) { throw new UnsupportedOperationException(); }
            @Override public void change(ClusterChange c, List<ClusterProfile> after, Map<Long, List<String>> keys) { throw new UnsupportedOperationException(); }
            @Override public List<ClusterHistoryEntry> history() { throw new UnsupportedOperationException(); }
            @Override public List<ClusterMerge> merges() { throw new UnsupportedOperationException(); }
            @Override public List<Long> clusterIds() { throw new UnsupportedOperationException(); }
            @Override public void placeCopy(long article, long cluster) { throw new UnsupportedOperationException(); }
            @Override public boolean placesEveryArticle() { throw new UnsupportedOperationException(); }
        };

        for (EventClusters read : List.of(clusters, everything)) {
            assertThat(read.clustersWithMembers(1, 0, 10)).containsExactly(1L, 2L, 3L);
            assertThat(read.clustersWithMembers(1, 1, 1)).containsExactly(2L);
            assertThat(read.clustersWithMembers(2, 0, 10)).as("a copy is a member").containsExactly(1L, 3L);
            assertThat(read.clustersWithMembers(1, 3, 10)).isEmpty();
            assertThat(read.countClustersWithMembers(1)).isEqualTo(3);
            assertThat(read.countClustersWithMembers(2)).isEqualTo(2);
            assertThat(read.placementsOf(List.of(3L, 1L))).extracting(Placement::article)
                    .containsExactly(first, third, copy, fourth);
            assertThat(read.placementsOf(List.of())).isEmpty();
        }
        String page = Sql.text(temp.resolve("store"), "EXPLAIN QUERY PLAN "
                + SqliteEventClusters.WITH_MEMBERS.replace("?", "1"), 4);
        assertThat(page).contains("cluster_members_by_cluster").doesNotContain("TEMP B-TREE");
    }

    private void open(long article, long cluster, List<String> terms) {
        Map<String, Double> weights = new HashMap<>();
        terms.forEach(t -> weights.put(t, 1.0));
        clusters.place(new Placement(article, cluster, true, 0, "opened"),
                new ClusterProfile(cluster, 1, weights, EventSignature.unknown(null)), terms, terms);
    }
}
