package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.story.Fixtures.article;
import static org.newsgraph.story.Fixtures.copy;
import static org.newsgraph.story.Fixtures.event;
import static org.newsgraph.story.Fixtures.main;
import static org.newsgraph.story.Fixtures.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Basis;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.Span;
import org.newsgraph.model.StoredArticle;

class EventMergerTest {

    /** Entity 0 of every article is corpus entity 10, 1 is 11, 2 is 12 (a place), 3 is 13 (another place). */
    private static Map<EntityRef, Long> entities(long... articles) {
        Map<EntityRef, Long> ids = new HashMap<>();
        for (long a : articles) {
            for (int i = 0; i < 4; i++) {
                ids.put(new EntityRef(a, i), 10L + i);
            }
        }
        return ids;
    }

    @Test
    void theMainEventsOfAClusterMakeOneEventWithEveryArticleAndEvidence() {
        List<StoredArticle> articles = List.of(
                article(1, "2023-04-21", main("visit", "Berg visits Tallinn", List.of(1, 0), 2, text("2023-04-20", 0.9),
                        new Span(0, 10), new Span(20, 30))),
                article(2, "2023-04-20", main("meeting", "Berg meets Marsman", List.of(0), 2, text("2023-04-20", 0.8))),
                article(3, "2023-04-22", main("visit", "Marsman hosts Berg", List.of(0, 1), -1, EventDate.none())),
                copy(4, 1));

        List<CorpusEvent> events = new EventMerger(3).merge(articles, Map.of(1L, 7L, 2L, 7L, 3L, 7L, 4L, 7L), entities(1, 2, 3));

        assertThat(events).hasSize(1);
        CorpusEvent v = events.get(0);
        assertThat(v.exportId()).isEqualTo("v7");
        assertThat(v.salience()).isEqualTo(EventSalience.MAIN);
        assertThat(v.type()).isEqualTo("visit");
        assertThat(v.title()).as("the earliest published report's title").isEqualTo("Berg meets Marsman");
        assertThat(v.participants()).as("named by three reports, then by two").containsExactly(10L, 11L);
        assertThat(v.location()).isEqualTo(12L);
        assertThat(v.date()).isEqualTo(text("2023-04-20", 0.9));
        assertThat(v.articles()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(v.evidence()).containsExactly(new CorpusEvent.Evidence(1, new Span(0, 10)),
                new CorpusEvent.Evidence(1, new Span(20, 30)), new CorpusEvent.Evidence(2, new Span(0, 10)),
                new CorpusEvent.Evidence(3, new Span(0, 10)));
    }

    @Test
    void aDateWithoutYearTakesTheYearOfADatedReportAndAStrongerBasisWinsATie() {
        List<StoredArticle> articles = List.of(
                article(1, null, main("visit", "a", List.of(), -1, text("XXXX-04-20", 0.9))),
                article(2, null, main("visit", "b", List.of(), -1, text("2023-04-20", 0.8))));

        CorpusEvent v = new EventMerger(3).merge(articles, Map.of(1L, 1L, 2L, 1L), Map.of()).get(0);

        assertThat(v.date()).isEqualTo(text("2023-04-20", 0.8));
    }

    @Test
    void aDateWithoutYearAloneTakesTheYearNearestTheClustersFirstDayWithBasisCluster() {
        List<StoredArticle> articles = List.of(
                article(1, "2024-01-03", main("summit", "a", List.of(), -1, text("XXXX-12-28", 0.7))),
                article(2, "2024-01-05", main("summit", "b", List.of(), -1, EventDate.none())));

        CorpusEvent v = new EventMerger(3).merge(articles, Map.of(1L, 1L, 2L, 1L), Map.of()).get(0);

        assertThat(v.date()).isEqualTo(new EventDate("2023-12-28", Basis.CLUSTER, 0.7));
    }

    @Test
    void noReportSupportingADateGivesNoDateNotAGuess() {
        List<StoredArticle> articles = List.of(
                article(1, null, main("call", "a", List.of(), -1, text("XXXX-04-20", 0.9))),
                article(2, null, main("call", "b", List.of(), -1, text("PRESENT_REF", 0.5))));

        CorpusEvent v = new EventMerger(3).merge(articles, Map.of(1L, 1L, 2L, 1L), Map.of()).get(0);

        assertThat(v.date().isKnown()).isFalse();
        assertThat(v.date().note()).isEqualTo("1 report: a day without a year (XXXX-04-20); "
                + "1 report: a date no calendar can place (PRESENT_REF)");
    }

    @Test
    void aClusterEventNoReportDatesGivesItsMainReportsReasonsOnceEach() {
        EventDate past = EventDate.none("told as past (\"had met\")");
        List<StoredArticle> articles = List.of(
                article(1, "2023-04-20", main("meeting", "a", List.of(), -1, past)),
                article(2, "2023-04-20", main("meeting", "b", List.of(), -1, EventDate.none("timed without a day (\"this week\")")),
                        event(EventSalience.MENTIONED, "summit", "s", List.of(), -1, EventDate.none("told as coming"))),
                article(3, "2023-04-21", main("meeting", "c", List.of(), -1, past)),
                copy(4, 1));

        List<CorpusEvent> events = new EventMerger(3).merge(articles, Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 1L), Map.of());

        assertThat(events.get(0).date().note())
                .isEqualTo("2 reports: told as past (\"had met\"); 1 report: timed without a day (\"this week\")");
        CorpusEvent single = new EventMerger(3).merge(articles.subList(0, 1), Map.of(1L, 1L), Map.of()).get(0);
        assertThat(single.date().note()).isEqualTo("told as past (\"had met\")");
    }

    @Test
    void aClusterWithoutMainEventHasNoEventButItsMentionedEventsStillDo() {
        List<StoredArticle> articles = List.of(
                article(5, "2023-04-20", event(EventSalience.MENTIONED, "summit", "Summit in Vilnius", List.of(), 2,
                        text("2023-07", 0.8))));

        List<CorpusEvent> events = new EventMerger(3).merge(articles, Map.of(5L, 3L), entities(5));

        assertThat(events).extracting(CorpusEvent::exportId).containsExactly("v3.1");
        assertThat(events.get(0).salience()).isEqualTo(EventSalience.MENTIONED);
    }

    @Test
    void reportsOfOneMentionedEventMergeAndOthersAreNumberedInOrderOfFirstAppearance() {
        List<StoredArticle> articles = List.of(
                article(1, "2023-04-20",
                        main("visit", "Visit", List.of(0, 1), 2, text("2023-04-20", 0.9)),
                        event(EventSalience.MENTIONED, "summit", "Summit in Vilnius", List.of(), 3, text("2023-07", 0.8)),
                        event(EventSalience.REPORTED, "meeting", "Meeting at the base", List.of(0), -1, text("XXXX-04-21", 0.8))),
                article(2, "2023-04-20",
                        main("visit", "Visit", List.of(0, 1), 2, text("XXXX-04-20", 0.9)),
                        event(EventSalience.MENTIONED, "summit", "Summit in Tallinn", List.of(), 2, EventDate.none()),
                        event(EventSalience.MENTIONED, "meeting", "Meeting", List.of(0), -1, text("2023-04-21", 0.7)),
                        event(EventSalience.MENTIONED, "summit", "The July summit", List.of(), 3, text("2023-07-11", 0.9))),
                copy(3, 2));

        List<CorpusEvent> events = new EventMerger(3).merge(articles, Map.of(1L, 9L, 2L, 9L, 3L, 9L), entities(1, 2));

        assertThat(events).extracting(e -> e.exportId() + " " + e.title() + " " + e.date().value() + " " + e.articles())
                .containsExactly(
                        "v9 Visit 2023-04-20 [1, 2, 3]",
                        "v9.1 Summit in Vilnius 2023-07-11 [1, 2, 3]",
                        "v9.2 Meeting at the base 2023-04-21 [1, 2, 3]",
                        "v9.3 Summit in Tallinn null [2, 3]");
        assertThat(events.get(2).salience()).as("reported by one article, mentioned by another").isEqualTo(EventSalience.REPORTED);
        assertThat(events.get(2).date().basis()).isEqualTo(Basis.CLUSTER);
    }

    @Test
    void twoTalksThatSayNothingOfWhenOrWhereStayTwoEvents() {
        List<StoredArticle> articles = List.of(
                article(1, null, event(EventSalience.MENTIONED, "meeting", "talks", List.of(0), -1, EventDate.none())),
                article(2, null, event(EventSalience.MENTIONED, "meeting", "talks", List.of(1), -1, EventDate.none())));

        List<CorpusEvent> events = new EventMerger(3).merge(articles, Map.of(1L, 1L, 2L, 1L), entities(1, 2));

        assertThat(events).extracting(CorpusEvent::exportId).containsExactly("v1.1", "v1.2");
    }

    @Test
    void reportsDatedByPublicationDaysDaysApartMayBeOneEventButTheDayAloneTiesNothing() {
        StoredArticle monday = article(1, "2023-04-17", main("visit", "Visit", List.of(0), -1, published("2023-04-17")),
                event(EventSalience.REPORTED, "attack", "Attack", List.of(1), -1, published("2023-04-17")),
                event(EventSalience.REPORTED, "meeting", "Talks", List.of(), -1, published("2023-04-17")));
        StoredArticle wednesday = article(2, "2023-04-19", main("visit", "Visit", List.of(0), -1, published("2023-04-19")),
                event(EventSalience.REPORTED, "attack", "Attack", List.of(1), -1, published("2023-04-19")),
                event(EventSalience.REPORTED, "meeting", "Talks", List.of(), -1, published("2023-04-19")));

        List<CorpusEvent> events = new EventMerger(3).merge(List.of(monday, wednesday), Map.of(1L, 2L, 2L, 2L),
                Map.of(new EntityRef(1, 0), 10L, new EntityRef(1, 1), 11L, new EntityRef(2, 0), 10L, new EntityRef(2, 1), 11L));

        assertThat(events).filteredOn(e -> e.type().equals("attack")).as("one attack: same participant, days that meet")
                .extracting(CorpusEvent::articles).containsExactly(List.of(1L, 2L));
        assertThat(events).filteredOn(e -> e.type().equals("meeting")).as("two talks that share only being news")
                .hasSize(2);
    }

    @Test
    void idsStayAsLaterArticlesJoinTheCluster() {
        StoredArticle first = article(1, "2023-04-20", main("visit", "Visit", List.of(0), 2, text("2023-04-20", 0.9)),
                event(EventSalience.MENTIONED, "summit", "Summit", List.of(), 3, text("2023-07", 0.8)));
        StoredArticle later = article(8, "2023-04-21", main("visit", "Visit", List.of(0), 2, text("2023-04-20", 0.9)),
                event(EventSalience.MENTIONED, "attack", "Attack", List.of(), 2, text("2023-04-18", 0.8)),
                event(EventSalience.MENTIONED, "summit", "Summit", List.of(), 3, text("2023-07-11", 0.8)));
        EventMerger merger = new EventMerger(3);

        List<String> before = merger.merge(List.of(first), Map.of(1L, 4L), entities(1)).stream()
                .map(e -> e.exportId() + " " + e.title()).toList();
        List<String> after = merger.merge(List.of(first, later), Map.of(1L, 4L, 8L, 4L), entities(1, 8)).stream()
                .map(e -> e.exportId() + " " + e.title()).toList();

        assertThat(before).containsExactly("v4 Visit", "v4.1 Summit");
        assertThat(after).containsExactly("v4 Visit", "v4.1 Summit", "v4.2 Attack");
    }

    @Test
    void aReportDatedByItsOwnPublicationDayFarFromTheClustersEventKeepsItsOwnMainEvent() {
        StoredArticle monday = article(1, "2023-04-17", main("call", "Berg speaks with Marsman", List.of(0, 1), -1,
                published("2023-04-17")));
        StoredArticle tuesday = article(2, "2023-04-18", main("call", "Berg speaks with Marsman", List.of(0, 1), -1,
                published("2023-04-18")));
        StoredArticle nextWeek = article(3, "2023-04-22", main("call", "Berg speaks with Lund", List.of(0, 3), -1,
                published("2023-04-22")), event(EventSalience.MENTIONED, "summit", "Summit", List.of(), -1,
                EventDate.none()));
        StoredArticle itsCopy = copy(4, 3);

        List<CorpusEvent> events = new EventMerger(3).merge(List.of(monday, tuesday, nextWeek, itsCopy),
                Map.of(1L, 5L, 2L, 5L, 3L, 5L, 4L, 5L), entities(1, 2, 3));

        assertThat(events).extracting(CorpusEvent::exportId, CorpusEvent::salience, CorpusEvent::articles).containsExactly(
                tuple("v5", EventSalience.MAIN, List.of(1L, 2L)),
                tuple("v5.1", EventSalience.MAIN, List.of(3L, 4L)),
                tuple("v5.2", EventSalience.MENTIONED, List.of(3L, 4L)));
        assertThat(events.get(1).date()).isEqualTo(published("2023-04-22"));
    }

    @Test
    void daysTheTextsStateAreNotHeldApartNorAreNearPublicationDays() {
        StoredArticle first = article(1, "2023-04-17", main("call", "a", List.of(0), -1, text("2023-04-10", 0.9)));
        StoredArticle second = article(2, "2023-04-17", main("call", "b", List.of(0), -1, text("2023-04-17", 0.9)));
        StoredArticle third = article(3, "2023-04-20", main("call", "c", List.of(0), -1, published("2023-04-20")));

        List<CorpusEvent> events = new EventMerger(3).merge(List.of(first, second, third),
                Map.of(1L, 2L, 2L, 2L, 3L, 2L), entities(1, 2, 3));

        assertThat(events).extracting(CorpusEvent::exportId).containsExactly("v2");
        assertThat(events.get(0).articles()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void oneOutletsReportsOfTwoTypesAreTwoEventsAndTwoOutletsReportsMayBeOne() {
        StoredArticle meeting = article("Press Office", 1, "2023-04-17", main("meeting", "b", List.of(0), -1,
                published("2023-04-17")));
        StoredArticle call = article("Press Office", 2, "2023-04-17", main("call", "a", List.of(0), -1, published("2023-04-17")));
        StoredArticle visit = article("Press Office", 3, "2023-04-17", main("visit", "c", List.of(0), -1,
                published("2023-04-17")));
        StoredArticle elsewhere = article("Daily Post", 4, "2023-04-17", main("meeting", "d", List.of(0), -1,
                published("2023-04-17")));
        StoredArticle unknown = article(5, "2023-04-17", main("call", "e", List.of(0), -1, published("2023-04-17")));
        Map<Long, Long> oneCluster = Map.of(1L, 6L, 2L, 6L, 3L, 6L, 4L, 6L, 5L, 6L);
        StoredArticle alsoCall = article("Press Office", 2, "2023-04-17", main("call", "a", List.of(0), -1, published("2023-04-17")));

        List<CorpusEvent> apart = new EventMerger(3).merge(List.of(meeting, call, visit), oneCluster, entities(1, 2, 3));
        List<CorpusEvent> together = new EventMerger(3).merge(List.of(alsoCall, elsewhere, unknown), oneCluster,
                entities(2, 4, 5));

        assertThat(apart).as("one press office's meeting, call and visit of a day: each release its own news")
                .extracting(CorpusEvent::type, CorpusEvent::articles)
                .containsExactlyInAnyOrder(tuple("meeting", List.of(1L)), tuple("call", List.of(2L)), tuple("visit", List.of(3L)));
        assertThat(apart.get(0).exportId()).isEqualTo("v6");
        assertThat(together).as("no outlet, or another, holds no type against the call")
                .extracting(CorpusEvent::exportId, CorpusEvent::articles).containsExactly(tuple("v6", List.of(2L, 4L, 5L)));
    }

    private static EventDate published(String day) {
        return new EventDate(day, Basis.PUBLISHED, 0.5);
    }

    @Test
    void articlesOutsideEveryClusterGiveNoEvents() {
        StoredArticle alone = article(1, null, main("visit", "Visit", List.of(), -1, EventDate.none()));

        assertThat(new EventMerger(3).merge(List.of(alone), Map.of(), Map.of())).isEmpty();
    }
}
