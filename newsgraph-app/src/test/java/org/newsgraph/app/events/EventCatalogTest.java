package org.newsgraph.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventId;
import org.newsgraph.model.EventMerge;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.Span;
import org.newsgraph.store.CorpusEvents.Merged;
import org.newsgraph.testkit.InMemoryArticleStore;

class EventCatalogTest {

    private static final String TEXT_A = "Anna Berg visited Tallinn on Thursday. She met Piet Marsman.";
    private static final ExportDocument EXPORT = new ExportDocument(1,
            List.of(article("a1", "1.txt", "Daily Planet", TEXT_A), article("a2", "2.txt", null, "Berg in Tallinn again."),
                    article("a3", "3.txt", null, "")),
            List.of(entity("e1", "Anna Berg"), entity("e2", "Piet Marsman"), entity("e3", "Tallinn")),
            List.of(),
            List.of(event("v1", "visit", "main", "2023-04-20", "e3", List.of("e1", "e2"), List.of("a1", "a3"),
                            List.of(new ExportDocument.Evidence("a1", 0, 38), new ExportDocument.Evidence("a1", 39, 60))),
                    event("v1.1", "summit", "mentioned", "2023-07", null, List.of(), List.of("a1"), List.of()),
                    event("v2", "visit", "main", "2024", "e3", List.of("e1"), List.of("a2"),
                            List.of(new ExportDocument.Evidence("a2", 0, 22))),
                    event("v4", "call", "main", null, null, List.of("e2"), List.of("a2"), List.of()),
                    event("v3", "meeting", "main", "2023-01", null, List.of("e2"), List.of("a2"), List.of())),
            List.of(),
            List.of(new ExportDocument.Story("s1", "Anna Berg in Tallinn: 2 events, 2023-04-20 to 2024", List.of("v1", "v2"))),
            List.of(), List.of(), List.of());
    private final EventCatalog catalog = new EventCatalog(EXPORT);

    @Test
    void eachEventCarriesTheNamesOfItsPlaceAndParticipantsAndItsReportsSourcesAndSentences() {
        ListedEvent v1 = catalog.events(EventQuery.all()).get(0);

        assertThat(v1.place()).isEqualTo("Tallinn");
        assertThat(v1.participants()).containsExactly("Anna Berg", "Piet Marsman");
        assertThat(v1.reports()).containsExactly(
                new ListedEvent.Report("a1", "Daily Planet", "Anna Berg visited Tallinn on Thursday."),
                new ListedEvent.Report("a3", "3.txt", null));
        assertThat(v1.sources()).containsExactly("Daily Planet", "3.txt");
    }

    @Test
    void aLimitedListingShowsTheFirstEventsThePicksAndSaysWhetherMoreFollow() {
        EventCatalog.Page two = catalog.events(EventQuery.all(), 2);
        EventCatalog.Page visits = catalog.events(new EventQuery("visit", null, null, null, false), 1);
        EventCatalog.Page every = catalog.events(EventQuery.all(), 5);

        assertThat(ids(two.events())).containsExactly("v1", "v1.1");
        assertThat(two.more()).isTrue();
        assertThat(ids(visits.events())).containsExactly("v1");
        assertThat(visits.more()).isTrue();
        assertThat(ids(every.events())).isEqualTo(ids(catalog.events(EventQuery.all())));
        assertThat(every.more()).isFalse();
    }

    @Test
    void picksEventsByTypeAnyCaseByEntityAndMainOnesAlone() {
        assertThat(ids(catalog.events(new EventQuery("VISIT", null, null, null, false)))).containsExactly("v1", "v2");
        assertThat(ids(catalog.events(new EventQuery(null, Set.of("e2"), null, null, false)))).containsExactly("v1", "v4", "v3");
        assertThat(ids(catalog.events(new EventQuery(null, Set.of("e3"), null, null, false)))).as("the place counts")
                .containsExactly("v1", "v2");
        assertThat(ids(catalog.events(new EventQuery(null, null, null, null, true)))).doesNotContain("v1.1");
    }

    @Test
    void picksEventsByPlaceByAnOutletOfTheirReportsAnyCaseAndByKind() {
        assertThat(ids(catalog.events(new EventQuery(null, null, Set.of("e3"), null, null, null, null))))
                .as("set there, not taking part").containsExactly("v1", "v2");
        assertThat(ids(catalog.events(new EventQuery(null, null, Set.of("e1"), null, null, null, null)))).isEmpty();
        assertThat(ids(catalog.events(new EventQuery(null, null, null, "daily PLANET", null, null, null))))
                .containsExactly("v1", "v1.1");
        assertThat(ids(catalog.events(new EventQuery(null, null, null, "Nightly Planet", null, null, null)))).isEmpty();
        assertThat(ids(catalog.events(new EventQuery(null, null, null, null, "Mentioned", null, null))))
                .containsExactly("v1.1");
        assertThat(ids(catalog.events(new EventQuery("visit", null, Set.of("e3"), "Daily Planet", "main", null, null))))
                .containsExactly("v1");
        assertThatThrownBy(() -> new EventQuery(null, null, null, null, "sideways", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("main, reported, mentioned");
    }

    @Test
    void theTimelinePutsDatedEventsInDateOrderAndCountsTheUndated() {
        Timeline all = catalog.timeline(EventQuery.all());

        assertThat(ids(all.events())).containsExactly("v3", "v1", "v1.1", "v2");
        assertThat(all.undated()).isEqualTo(1);
        assertThat(all.undatedMain()).singleElement().satisfies(u -> {
            assertThat(u.event().event().id()).isEqualTo("v4");
            assertThat(u.reason()).isEqualTo("no day in its text that a calendar can place, and no publication day for any report of it");
        });
    }

    @Test
    void anUndatedMainEventSaysWhyItHasNoDate() {
        ExportDocument.Article dated = new ExportDocument.Article("a1", "1.txt", "T", null, "none", null, "en",
                new ExportDocument.Published("2024-03-05", "metadata", 1.0), "ok", null, null, "", List.of(), List.of());
        ExportDocument export = new ExportDocument(1, List.of(dated), List.of(), List.of(),
                List.of(event("v1", "visit", "main", null, null, List.of(), List.of("a1"), List.of()),
                        event("v2", "visit", "main", "XXXX-04-20", null, List.of(), List.of("a1"), List.of()),
                        event("v2.1", "visit", "mentioned", null, null, List.of(), List.of("a1"), List.of())),
                List.of(), List.of(), List.of(), List.of(), List.of());

        Timeline timeline = new EventCatalog(export).timeline(EventQuery.all());

        assertThat(timeline.undated()).isEqualTo(3);
        assertThat(timeline.undatedMain()).extracting(Timeline.Undated::reason).containsExactly(
                "its reports are dated, but none tells it as news of its day: it is told as past or coming, "
                        + "after the lead, or timed without a day (\"this week\")",
                "its text gives XXXX-04-20, a day without a year, and no report of it is dated");
    }

    @Test
    void anUndatedMainEventGivesTheReasonItsDateNotesAndAJsonTimelineShowsIt() {
        ExportDocument.Event told = event("v1", "meeting", "main", null, null, List.of(), List.of("a1"), List.of())
                .withDate(new ExportDocument.EventDate(null, "none", 0.0,
                        "2 reports: told as past (\"had met\"); 1 report: timed without a day (\"this week\")"));
        ExportDocument.Event old = event("v2", "visit", "main", null, null, List.of(), List.of("a1"), List.of());
        ExportDocument export = new ExportDocument(1, List.of(article("a1", "1.txt", null, "")), List.of(), List.of(),
                List.of(told, old), List.of(), List.of(), List.of(), List.of(), List.of());

        List<Timeline.Undated> undated = new EventCatalog(export).timeline(EventQuery.all()).undatedMain();

        assertThat(undated).extracting(Timeline.Undated::reason).containsExactly(
                "2 reports: told as past (\"had met\"); 1 report: timed without a day (\"this week\")",
                "no day in its text that a calendar can place, and no publication day for any report of it");
        assertThat(undated).extracting(u -> u.explained().date().note()).as("an event from before notes too")
                .containsExactly(undated.get(0).reason(), undated.get(1).reason());
        assertThat(undated.get(1).explained()).isEqualTo(old.withDate(
                new ExportDocument.EventDate(null, "none", 0.0, undated.get(1).reason())));
    }

    @Test
    void aRangeKeepsTheEventsWhoseMonthOrYearOverlapsIt() {
        EventQuery april = new EventQuery(null, null, period("2023-04-01"), period("2023-04-30"), false);
        EventQuery year2024 = new EventQuery(null, null, period("2024-06"), null, false);

        assertThat(ids(catalog.timeline(april).events())).containsExactly("v1");
        assertThat(ids(catalog.timeline(year2024).events())).containsExactly("v2");
        assertThat(catalog.timeline(april).undated()).as("no undated event is in a range").isZero();
        assertThatThrownBy(() -> new EventQuery(null, null, period("2024"), period("2023"), false))
                .hasMessageContaining("ends before it starts");
    }

    @Test
    void aStoryIsFoundByIdInAnyCaseWithItsEventsInOrder() {
        ListedStory story = catalog.story("S1").orElseThrow();

        assertThat(story.story().title()).startsWith("Anna Berg in Tallinn");
        assertThat(ids(story.events())).containsExactly("v1", "v2");
        assertThat(catalog.story("s9")).isEmpty();
    }

    @Test
    void aRetiredIdLeadsThroughEveryMergeThatRetiredItToTheEventStandingNow() {
        InMemoryArticleStore store = new InMemoryArticleStore();
        store.corpusEvents().update(Map.of(3L, new Merged("in3", 1, List.of(stored(3, 0), stored(3, 1), stored(3, 2))),
                1L, new Merged("in1", 1, List.of(stored(1, 0)))), List.of(), List.of(), 1);
        // v3.2's reports tell v3.1's event; then a recluster merges c3 into c1
        store.corpusEvents().update(Map.of(3L, new Merged("in3b", 1, List.of(stored(3, 0), stored(3, 1)),
                List.of(retired(3, 2, 3, 1)))), List.of(), List.of(), 1);
        store.corpusEvents().update(Map.of(1L, new Merged("in1b", 1, List.of(stored(1, 0), stored(1, 1)),
                List.of(retired(3, 0, 1, 0), retired(3, 1, 1, 1)))), List.of(3L), List.of(), 1);

        assertThat(EventCatalog.successor(store, "v3.2")).contains("v1.1");
        assertThat(EventCatalog.successor(store, "v3")).contains("v1");
        assertThat(EventCatalog.successor(store, "v1.1")).as("it stands").isEmpty();
        assertThat(EventCatalog.successor(store, "v3.3")).as("never given").isEmpty();
        assertThat(EventCatalog.successor(store, "e3")).as("no event id").isEmpty();
    }

    private static CorpusEvent stored(long cluster, int number) {
        return new CorpusEvent(cluster, number, "visit", null, number == 0 ? EventSalience.MAIN : EventSalience.REPORTED,
                "A visit", EventDate.none(), null, List.of(), List.of(cluster),
                List.of(new CorpusEvent.Evidence(cluster, new Span(number * 10, number * 10 + 5))));
    }

    private static EventMerge retired(long cluster, int number, long intoCluster, int intoNumber) {
        return new EventMerge(new EventId(cluster, number), new EventId(intoCluster, intoNumber),
                cluster == intoCluster ? "same event" : "moved to cluster c" + intoCluster);
    }

    private static List<String> ids(List<ListedEvent> events) {
        return events.stream().map(e -> e.event().id()).toList();
    }

    private static DatePeriod period(String value) {
        return DatePeriod.of(value).orElseThrow();
    }

    private static ExportDocument.Event event(String id, String type, String salience, String date, String place,
            List<String> participants, List<String> articles, List<ExportDocument.Evidence> evidence) {
        ExportDocument.EventDate when = new ExportDocument.EventDate(date, date == null ? "none" : "text", date == null ? 0 : 0.9);
        return new ExportDocument.Event(id, type, null, salience, "Title of " + id, when, place, participants, articles,
                evidence, "c" + id.substring(1).split("\\.")[0]);
    }

    private static ExportDocument.Article article(String id, String file, String outlet, String text) {
        return new ExportDocument.Article(id, file, "T", outlet, outlet == null ? "none" : "metadata", null, "en",
                new ExportDocument.Published(null, "none", 0), "ok", null, null, text, List.of(), List.of());
    }

    private static ExportDocument.Entity entity(String id, String name) {
        return new ExportDocument.Entity(id, name, "PERSON", List.of(), 1, List.of(), null);
    }
}
