package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventId;
import org.newsgraph.model.EventMerge;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.Span;

class EventIdKeeperTest {

    private final EventIdKeeper keeper = new EventIdKeeper();

    /**
     * An event of cluster {@code cluster} numbered {@code number}, of this type, told by these
     * sentences, each an article and a start ({@code 1, 10}: article 1 from 10 to 20).
     */
    private static CorpusEvent event(long cluster, int number, String type, long... sentences) {
        List<CorpusEvent.Evidence> evidence = new ArrayList<>();
        TreeSet<Long> articles = new TreeSet<>();
        for (int i = 0; i < sentences.length; i += 2) {
            evidence.add(new CorpusEvent.Evidence(sentences[i], new Span((int) sentences[i + 1], (int) sentences[i + 1] + 10)));
            articles.add(sentences[i]);
        }
        return new CorpusEvent(cluster, number, type, null, number == 0 ? EventSalience.MAIN : EventSalience.REPORTED,
                type, EventDate.none(), null, List.of(), List.copyOf(articles), evidence);
    }

    /** Each event as its id and type. */
    private static List<String> ids(EventIdKeeper.Assignment a) {
        return a.events().stream().map(e -> e.exportId() + " " + e.type()).toList();
    }

    private static EventMerge merge(long cluster, int number, long intoCluster, int intoNumber, String reason) {
        return new EventMerge(new EventId(cluster, number), new EventId(intoCluster, intoNumber), reason);
    }

    @Test
    void aReportThatNumbersBeforeTheOldOnesShiftsNoId() {
        List<CorpusEvent> before = List.of(event(7, 0, "meeting", 1, 0), event(7, 1, "call", 1, 30),
                event(7, 2, "attack", 1, 60));
        // a new article's own main event is numbered first among the others: the old ones shift
        List<CorpusEvent> merged = List.of(event(7, 0, "meeting", 1, 0), event(7, 1, "arrest", 2, 0),
                event(7, 2, "call", 1, 30), event(7, 3, "attack", 1, 60));

        EventIdKeeper.Assignment kept = keeper.assign(merged, before, Map.of(7L, 2));

        assertThat(ids(kept)).containsExactly("v7 meeting", "v7.1 call", "v7.2 attack", "v7.3 arrest");
        assertThat(kept.merges()).isEmpty();
    }

    @Test
    void twoEventsFoundToBeOneKeepTheOlderIdAndANewEventNeverTakesTheRetiredOne() {
        List<CorpusEvent> before = List.of(event(7, 0, "meeting", 1, 0), event(7, 1, "call", 1, 30),
                event(7, 2, "call", 2, 30), event(7, 4, "attack", 2, 60));
        List<CorpusEvent> merged = List.of(event(7, 0, "meeting", 1, 0), event(7, 1, "call", 1, 30, 2, 30, 3, 30),
                event(7, 2, "attack", 2, 60), event(7, 3, "visit", 3, 60));

        // number 3 went to an event retired before this update: only the counter remembers it
        EventIdKeeper.Assignment kept = keeper.assign(merged, before, Map.of(7L, 4));

        assertThat(ids(kept)).containsExactly("v7 meeting", "v7.1 call", "v7.4 attack", "v7.5 visit");
        assertThat(kept.merges()).containsExactly(merge(7, 2, 7, 1, "same event"));
    }

    @Test
    void anEventSplitLeavesItsIdWithThePartHoldingMostOfItsSentences() {
        List<CorpusEvent> before = List.of(event(7, 1, "talks", 1, 30, 2, 30, 2, 50));
        List<CorpusEvent> merged = List.of(event(7, 1, "talks", 1, 30), event(7, 2, "talks", 2, 30, 2, 50));

        EventIdKeeper.Assignment kept = keeper.assign(merged, before, Map.of(7L, 1));

        assertThat(kept.events()).extracting(CorpusEvent::exportId, e -> e.evidence().size())
                .containsExactly(tuple("v7.1", 2), tuple("v7.2", 1));
        assertThat(kept.merges()).isEmpty();
    }

    @Test
    void eventsOfAClusterMergedAwayAreRetiredIntoTheEventsThatTookTheirReports() {
        List<CorpusEvent> before = List.of(event(3, 0, "visit", 1, 0), event(3, 1, "call", 1, 30),
                event(9, 0, "visit", 5, 0), event(9, 1, "attack", 5, 40), event(9, 2, "call", 5, 70));
        List<CorpusEvent> merged = List.of(event(3, 0, "visit", 1, 0, 5, 0), event(3, 1, "call", 1, 30, 5, 70),
                event(3, 2, "attack", 5, 40));

        EventIdKeeper.Assignment kept = keeper.assign(merged, before, Map.of(3L, 1, 9L, 2));

        assertThat(ids(kept)).containsExactly("v3 visit", "v3.1 call", "v3.2 attack");
        assertThat(kept.merges()).containsExactly(merge(9, 0, 3, 0, "moved to cluster c3"),
                merge(9, 1, 3, 2, "moved to cluster c3"), merge(9, 2, 3, 1, "moved to cluster c3"));
    }

    @Test
    void aSplitKeepsTheIdsOfWhatStaysAndRecordsWhereTheMovedEventsWent() {
        List<CorpusEvent> before = List.of(event(3, 0, "visit", 1, 0, 2, 0), event(3, 1, "call", 1, 30),
                event(3, 2, "arrest", 4, 0), event(3, 3, "attack", 4, 40));
        List<CorpusEvent> merged = List.of(event(3, 0, "visit", 1, 0, 2, 0), event(3, 1, "call", 1, 30),
                event(12, 0, "arrest", 4, 0), event(12, 1, "attack", 4, 40));

        EventIdKeeper.Assignment kept = keeper.assign(merged, before, Map.of(3L, 3));

        assertThat(ids(kept)).containsExactly("v3 visit", "v3.1 call", "v12 arrest", "v12.1 attack");
        assertThat(kept.merges()).containsExactly(merge(3, 2, 12, 0, "moved to cluster c12"),
                merge(3, 3, 12, 1, "moved to cluster c12"));
    }

    @Test
    void aClusterWhoseEventIsAnotherNowKeepsNumberZeroForItAndRetiresNothingThatStands() {
        List<CorpusEvent> before = List.of(event(3, 0, "visit", 1, 0), event(3, 1, "call", 1, 30));
        // the main reports are another's now; the old main's sentences are told by a side event
        List<CorpusEvent> merged = List.of(event(3, 0, "meeting", 2, 0), event(3, 1, "visit", 1, 0),
                event(3, 2, "call", 1, 30));

        EventIdKeeper.Assignment kept = keeper.assign(merged, before, Map.of(3L, 1));

        assertThat(ids(kept)).containsExactly("v3 meeting", "v3.1 call", "v3.2 visit");
        assertThat(kept.merges()).as("v3 still stands: it is the cluster's event").isEmpty();
    }

    @Test
    void aNewClusterIsNumberedInOrderOfFirstAppearanceAsTheMergerNumbersIt() {
        List<CorpusEvent> merged = List.of(event(4, 0, "visit", 1, 0), event(4, 1, "call", 1, 30),
                event(4, 2, "attack", 1, 60));

        EventIdKeeper.Assignment kept = keeper.assign(merged, List.of(), Map.of());

        assertThat(kept.events()).isEqualTo(merged);
        assertThat(kept.merges()).isEmpty();
    }
}
