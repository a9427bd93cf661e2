package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ArticleHead;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventId;
import org.newsgraph.model.EventMerge;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.Placement;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Span;
import org.newsgraph.model.Story;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.store.CorpusEvents.Merged;
import org.newsgraph.store.CorpusEvents.State;
import org.newsgraph.store.EventFilter;
import org.newsgraph.store.StoreException;

/** Corpus events and stories in a real SQLite file: as merged, updated by cluster, in one transaction, read-only for readers. */
class SqliteCorpusEventsIT {

    @TempDir
    Path temp;

    private Path dir;
    private SqliteArticleStore store;
    private CorpusEvents events;
    private long nato;
    private long kyiv;

    @BeforeEach
    void open() {
        dir = temp.resolve("store");
        store = SqliteArticleStore.open(dir);
        events = store.corpusEvents();
        nato = store.save(SampleArticles.rich("nato.html"));
        kyiv = store.save(SampleArticles.numbered(1));
        place(nato, 1);
        place(kyiv, 2);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStoreNeverUpdatedHoldsNoEventsAndSaysTheyAreMissing() {
        assertThat(events.events()).isEmpty();
        assertThat(events.stories()).isEmpty();
        assertThat(events.mergedInputs()).isEmpty();
        assertThat(events.state(1, 1)).isEqualTo(State.MISSING);
    }

    @Test
    void readsBackTheEventsAndStoriesAsTheyWereMergedInClusterOrder() {
        CorpusEvent main = main(1, nato);
        CorpusEvent side = new CorpusEvent(1, 1, "statement", null, EventSalience.MENTIONED, "Berg speaks",
                EventDate.none("told as past (\"had met\")"), null, List.of(), List.of(nato), List.of());
        CorpusEvent apart = new CorpusEvent(1, 2, "call", "04", EventSalience.MAIN, "Berg calls Marsman",
                new EventDate("2023-05-02", Basis.PUBLISHED, 0.7), null, List.of(3L), List.of(nato), List.of());
        CorpusEvent other = main(2, kyiv);
        Story story = new Story(1, "Berg and Marsman", List.of("v1", "v2"));
        Story twin = new Story(1, "Berg in Vilnius", List.of("v1.2"));

        events.update(Map.of(2L, new Merged("in2", 1, List.of(other)), 1L, new Merged("in1", 1, List.of(main, side, apart))),
                List.of(), List.of(story, twin), 1);

        assertThat(events.events()).containsExactly(main, side, apart, other);
        assertThat(events.mainEvents()).as("v1.2 is the main event of a report apart").containsExactly(main, apart, other);
        assertThat(events.stories()).as("two stories of one cluster's two main events, as threaded").containsExactly(story, twin);
        assertThat(events.story(1)).as("the first of them, as a listing finds it").contains(story);
        assertThat(events.story(2)).isEmpty();
        assertThat(events.mergedInputs()).isEqualTo(Map.of(1L, "in1", 2L, "in2"));
        assertThat(events.state(1, 1)).isEqualTo(State.CURRENT);
    }

    @Test
    void readsTheEventsOfSomeEntitiesAndOfSomeKeysInClusterOrderWithoutTheRest() {
        CorpusEvent main = main(1, nato);
        CorpusEvent placed = new CorpusEvent(1, 1, "visit", null, EventSalience.REPORTED, "Marsman in Vilnius",
                EventDate.none("no day"), 9L, List.of(4L), List.of(nato), List.of());
        CorpusEvent other = main(2, kyiv);
        events.update(Map.of(1L, new Merged("in1", 1, List.of(main, placed)), 2L, new Merged("in2", 1, List.of(other))),
                List.of(), List.of(), 1);

        assertThat(events.eventsOf(List.of(5L))).as("a participant of two events").containsExactly(main, other);
        assertThat(events.eventsOf(List.of(9L, 4L))).as("the place, and a participant, of one").containsExactly(placed);
        assertThat(events.eventsOf(List.of(8L))).isEmpty();
        assertThat(events.eventsOf(List.of())).isEmpty();
        assertThat(events.events(List.of(new CorpusEvents.Key(2, 0), new CorpusEvents.Key(1, 1), new CorpusEvents.Key(7, 0))))
                .containsExactly(placed, other);
        assertThat(events.count()).isEqualTo(3);
        assertThat(events.eventsAfter(null, 2)).containsExactly(main, placed);
        assertThat(events.eventsAfter(new CorpusEvents.Key(1, 1), 5)).containsExactly(other);
        assertThat(events.eventsFrom(0, 2)).containsExactly(main, placed);
        assertThat(events.eventsFrom(1, 5)).containsExactly(placed, other);
        assertThat(events.eventsFrom(3, 5)).isEmpty();
        assertThat(CorpusEvents.Key.of("v12.3")).contains(new CorpusEvents.Key(12, 3));
        assertThat(CorpusEvents.Key.of("v12")).contains(new CorpusEvents.Key(12, 0));
        assertThat(CorpusEvents.Key.of("v1); DROP TABLE x")).isEmpty();
    }

    @Test
    void theHeadsOfArticlesSayWhetherTheyOrTheirClusterAreDated() {
        long undated = store.save(SampleArticles.numbered(2).withPublished(PublicationDate.none()));
        place(undated, 2);
        long alone = store.save(SampleArticles.numbered(3).withPublished(PublicationDate.none()));

        List<ArticleHead> heads = store.heads(List.of(alone, undated, kyiv, 999L));

        assertThat(heads).extracting(ArticleHead::id).containsExactly(kyiv, undated, alone);
        assertThat(heads).extracting(ArticleHead::dated)
                .as("dated, dated by its cluster, dated by nothing").containsExactly(true, true, false);
    }

    @Test
    void anUpdateReplacesTheClustersItNamesDropsThoseGoneAndKeepsTheRest() {
        events.update(Map.of(1L, new Merged("in1", 1, List.of(main(1, nato))), 2L, new Merged("in2", 1, List.of(main(2, kyiv)))),
                List.of(), List.of(new Story(1, "old", List.of("v1", "v2"))), 1);
        long third = store.save(SampleArticles.numbered(2));
        place(third, 3);
        CorpusEvent grown = main(3, third);

        events.update(Map.of(3L, new Merged("in3", 1, List.of(grown))), List.of(2L), List.of(), 1);

        assertThat(events.events()).containsExactly(main(1, nato), grown);
        assertThat(events.mergedInputs()).isEqualTo(Map.of(1L, "in1", 3L, "in3"));
        assertThat(events.stories()).isEmpty();
    }

    @Test
    void aListingsFilterPicksByTypeKindPlacePeriodAndOutletAsTheEventsSayAndPagesByKey() throws Exception {
        List<CorpusEvent> all = new ArrayList<>();
        String[] dates = {"2023-04-20", "2023-04", "2023", "2023-W16", "2023-02-30", null, "XXXX-04-20", "2023-04-21T10:00",
            "2022-12"};
        for (int n = 0; n < dates.length; n++) {
            long cluster = 1 + n % 2;
            all.add(new CorpusEvent(cluster, n, n % 3 == 0 ? "visit" : "meeting", null,
                    n == 0 || n == 1 ? EventSalience.MAIN : n % 2 == 0 ? EventSalience.REPORTED : EventSalience.MENTIONED,
                    "event " + n, dates[n] == null ? EventDate.none("no day") : new EventDate(dates[n], Basis.TEXT, 0.5),
                    n % 4 == 0 ? null : (long) n % 4, List.of(), List.of(cluster == 1 ? nato : kyiv), List.of()));
        }
        events.update(Map.of(1L, new Merged("in1", 1, all.stream().filter(e -> e.cluster() == 1).toList()),
                2L, new Merged("in2", 1, all.stream().filter(e -> e.cluster() == 2).toList())), List.of(), List.of(), 1);
        LocalDate april20 = LocalDate.of(2023, 4, 20);
        List<EventFilter> filters = List.of(EventFilter.all(),
                new EventFilter(" VISIT ", null, null, null, null, null),
                new EventFilter(null, Set.of(1L, 3L), null, null, null, null),
                new EventFilter(null, null, Set.of("Wire"), null, null, null),
                new EventFilter(null, null, Set.of(), null, null, null),
                new EventFilter(null, null, null, EventSalience.REPORTED, null, null),
                new EventFilter(null, null, null, null, april20, april20),
                new EventFilter(null, null, null, null, LocalDate.of(2023, 4, 21), null),
                new EventFilter(null, null, null, null, null, LocalDate.of(2023, 1, 1)),
                new EventFilter("meeting", Set.of(1L, 2L, 3L), Set.of("Kyiv Independent", "Wire"), EventSalience.MENTIONED,
                        LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
        Map<Long, String> outletOf = Map.of(nato, "Kyiv Independent", kyiv, "Wire");

        for (EventFilter filter : filters) {
            List<CorpusEvent> picked = events.events().stream()
                    .filter(e -> filter.matches(e, e.articles().stream().map(outletOf::get).toList())).toList();
            assertThat(store.events(filter, null, 0, 100)).as("picked by " + filter).isEqualTo(picked);
            assertThat(store.countEvents(filter)).as("counted by " + filter).isEqualTo(picked.size());
            if (picked.size() > 1) {
                CorpusEvent first = picked.get(0);
                assertThat(store.events(filter, new CorpusEvents.Key(first.cluster(), first.number()), 1, 2))
                        .isEqualTo(picked.subList(Math.min(2, picked.size()), Math.min(4, picked.size())));
            }
        }
        assertThat(store.events(new EventFilter(null, null, null, null, april20, april20), null, 0, 100))
                .extracting(e -> e.date().value()).containsExactly("2023-04-20", "2023", "2023-04", "2023-W16"); // by key
        assertThat(store.outlets()).containsExactlyInAnyOrder("Kyiv Independent", "Wire");
        String plan = Sql.text(dir, "EXPLAIN QUERY PLAN "
                + SqliteCorpusEvents.MATCHING.formatted("1 AND type = 'visit'").replace("?", "1"), 4);
        assertThat(plan).contains("corpus_events_by_type");
    }

    @Test
    void readsTheStoriesOfSomeEventsByTheIndexOfStoriesByEvent() throws Exception {
        Story both = new Story(1, "both", List.of("v1", "v2"));
        Story second = new Story(2, "second", List.of("v2"));
        events.update(Map.of(1L, new Merged("in1", 1, List.of(main(1, nato))), 2L, new Merged("in2", 1, List.of(main(2, kyiv)))),
                List.of(), List.of(both, second), 1);

        assertThat(events.storiesWith(List.of("v1"))).containsExactly(both);
        assertThat(events.storiesWith(List.of("v2", "v9"))).containsExactly(both, second);
        assertThat(events.storiesWith(List.of("v9"))).isEmpty();
        String plan = Sql.text(dir, "EXPLAIN QUERY PLAN "
                + SqliteCorpusEvents.STORIES_WITH.formatted("'v1'"), 4);
        assertThat(plan).contains("story_events_by_event").doesNotContain("SCAN story_events");
    }

    @Test
    void isBehindOnceAnArticleIsPlacedAfterTheUpdateAndNamesOtherRules() {
        events.update(Map.of(1L, new Merged("in1", 1, List.of(main(1, nato)))), List.of(), List.of(), 1);
        assertThat(events.state(1, 1)).isEqualTo(State.CURRENT);
        assertThat(events.state(2, 1)).as("other merging rules").isEqualTo(State.OTHER_RULES);
        assertThat(events.state(1, 2)).as("other threading rules").isEqualTo(State.OTHER_RULES);

        place(store.save(SampleArticles.numbered(2)), 3);

        assertThat(events.state(1, 1)).isEqualTo(State.BEHIND);
    }

    @Test
    void aFailedUpdateLeavesTheEventsAndStoriesAsTheyWere() {
        Story story = new Story(1, "kept", List.of("v1"));
        events.update(Map.of(1L, new Merged("in1", 1, List.of(main(1, nato)))), List.of(), List.of(story), 1);
        CorpusEvent ofNoArticle = main(2, 999);

        assertThatThrownBy(() -> events.update(Map.of(1L, new Merged("new", 1, List.of()), 2L,
                new Merged("in2", 1, List.of(ofNoArticle))), List.of(), List.of(), 1))
                .isInstanceOf(StoreException.class);

        assertThat(events.events()).containsExactly(main(1, nato));
        assertThat(events.stories()).containsExactly(story);
        assertThat(events.mergedInputs()).isEqualTo(Map.of(1L, "in1"));
    }

    @Test
    void aReadOnlyViewReadsTheStoredModelAndRefusesToWriteIt() {
        events.update(Map.of(1L, new Merged("in1", 1, List.of(main(1, nato)))), List.of(), List.of(), 1);
        try (SqliteArticleStore view = SqliteArticleStore.openReadOnly(dir)) {
            assertThat(view.corpusEvents().events()).containsExactly(main(1, nato));
            assertThat(view.corpusEvents().state(1, 1)).isEqualTo(State.CURRENT);
            assertThatThrownBy(() -> view.corpusEvents().update(Map.of(), List.of(), List.of(), 1))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void keepsTheIdsRetiredAndTheHighestNumberGivenAndRefusesToGiveANumberAgain() throws Exception {
        events.update(Map.of(1L, new Merged("in1", 1, List.of(main(1, nato), side(1, 1, nato, 40), side(1, 2, nato, 60))),
                2L, new Merged("in2", 1, List.of(main(2, kyiv), side(2, 1, kyiv, 40)))), List.of(), List.of(), 1);
        EventMerge same = new EventMerge(new EventId(1, 1), new EventId(1, 2), "same event");
        EventMerge moved = new EventMerge(new EventId(2, 1), new EventId(1, 3), "moved to cluster c1");
        EventMerge main = new EventMerge(new EventId(2, 0), new EventId(1, 0), "moved to cluster c1");

        events.update(Map.of(1L, new Merged("in1b", 1, List.of(main(1, nato), side(1, 2, nato, 60), side(1, 3, kyiv, 40)),
                List.of(same, moved, main))), List.of(2L), List.of(), 1);

        assertThat(events.eventMerges()).containsExactly(same, moved, main);
        assertThat(events.retirement(new EventId(2, 1))).contains(moved);
        assertThat(events.retirement(new EventId(1, 2))).as("it stands").isEmpty();
        assertThat(events.numbered(List.of(1L, 2L, 5L))).as("the cluster merged away has none")
                .isEqualTo(Map.of(1L, 3));
        assertThat(Sql.text(dir, "EXPLAIN QUERY PLAN SELECT * FROM corpus_event_merges WHERE merged_cluster = 2 "
                + "AND merged_number = 1", 4)).contains("corpus_event_merges_by_merged");

        assertThatThrownBy(() -> events.update(Map.of(1L, new Merged("in1c", 1, List.of(main(1, nato), side(1, 1, nato, 40)))),
                List.of(), List.of(), 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never reused");
        assertThat(events.mergedInputs()).as("a refused update writes nothing").isEqualTo(Map.of(1L, "in1b"));

        place(store.save(SampleArticles.numbered(2)), 2);
        events.update(Map.of(2L, new Merged("in2b", 1, List.of(main(2, kyiv)))), List.of(), List.of(), 1);
        assertThat(events.retirement(new EventId(2, 0))).as("a cluster's event stands again").isEmpty();
        assertThat(events.eventMerges()).containsExactly(same, moved);
    }

    /** Another event of a cluster, told by one sentence of an article. */
    private static CorpusEvent side(long cluster, int number, long article, int start) {
        return new CorpusEvent(cluster, number, "call", null, EventSalience.REPORTED, "A call", EventDate.none(), null,
                List.of(), List.of(article), List.of(new CorpusEvent.Evidence(article, new Span(start, start + 10))));
    }

    /** A cluster's main event, told by one article, with every field set. */
    private static CorpusEvent main(long cluster, long article) {
        return new CorpusEvent(cluster, 0, "meeting", "04", EventSalience.MAIN, "Berg meets Marsman in Vilnius",
                new EventDate("2023-04-20", Basis.TEXT, 0.85), 7L, List.of(3L, 5L), List.of(article),
                List.of(new CorpusEvent.Evidence(article, new Span(0, 12)), new CorpusEvent.Evidence(article, new Span(20, 31))));
    }

    private void place(long article, long cluster) {
        store.eventClusters().place(new Placement(article, cluster, true, 0, "opened"),
                new ClusterProfile(cluster, 1, Map.of("talks", 1.0), EventSignature.unknown(null)), List.of("talks"),
                List.of("talks"));
    }
}
