package org.newsgraph.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EventId;
import org.newsgraph.model.EventMerge;
import org.newsgraph.model.Placement;

/**
 * Gives the events of clusters merged again the ids their reports had, so that an event id once
 * exported keeps naming the same happening as articles join its cluster, its reports are found to
 * tell one event with another's, or a recluster moves them to another cluster. {@link EventMerger}
 * numbers a cluster's events by first appearance, which a new report can shift; this keeps what
 * was given.
 *
 * <p>Each previous event goes to the new event that holds most of its evidence sentences (then of
 * its articles; on a tie, one in its own cluster, then of its type, then under its number, then the
 * first). A cluster's event keeps number 0. Another event keeps the oldest (smallest) number of its
 * own cluster it received; one that received none takes the next number never given in its cluster.
 * Every previous id not given again is retired into the event its reports went to: an id names
 * one event for good, or leads to the event that took its reports. Numbers are never given twice.
 */
public final class EventIdKeeper {

    /** Why an id was retired into another of its cluster: its reports tell that event. */
    static final String SAME_EVENT = "same event";

    /**
     * @param merged   the events of the clusters merged again, as {@link EventMerger} numbers them
     * @param previous the events stored before for those clusters and for the clusters merged away
     * @param numbered the highest number ever given in each cluster (none: no event was numbered)
     * @return the merged events under their lasting numbers, by cluster and number, and the ids retired
     */
    public Assignment assign(List<CorpusEvent> merged, List<CorpusEvent> previous, Map<Long, Integer> numbered) {
        List<List<CorpusEvent>> heirs = heirs(merged, previous);
        Map<Long, Integer> last = new HashMap<>(numbered);
        previous.forEach(p -> last.merge(p.cluster(), p.number(), Math::max));
        List<EventId> ids = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            ids.add(kept(merged.get(i), heirs.get(i)).orElse(null));
        }
        for (int i = 0; i < merged.size(); i++) {
            if (ids.get(i) == null) {
                long cluster = merged.get(i).cluster();
                ids.set(i, new EventId(cluster, last.merge(cluster, 1, Integer::sum)));
            }
        }
        Set<EventId> given = new HashSet<>(ids);
        List<CorpusEvent> events = new ArrayList<>();
        List<EventMerge> merges = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            EventId id = ids.get(i);
            events.add(merged.get(i).numbered(id.number()));
            heirs.get(i).stream().map(EventId::of).filter(p -> !given.contains(p))
                    .forEach(p -> merges.add(new EventMerge(p, id, reason(p, id))));
        }
        events.sort(Comparator.comparing(EventId::of));
        merges.sort(Comparator.comparing(EventMerge::merged));
        return new Assignment(events, merges);
    }

    /** The id an event keeps: number 0 for a cluster's event, else the oldest of its cluster it received. */
    private static Optional<EventId> kept(CorpusEvent event, List<CorpusEvent> received) {
        if (event.number() == 0) {
            return Optional.of(new EventId(event.cluster(), 0));
        }
        return received.stream().filter(p -> p.cluster() == event.cluster() && p.number() > 0)
                .map(CorpusEvent::number).min(Integer::compare).map(n -> new EventId(event.cluster(), n));
    }

    private static String reason(EventId retired, EventId into) {
        return retired.cluster() == into.cluster() ? SAME_EVENT : "moved to cluster " + Placement.exportId(into.cluster());
    }

    /** For each merged event, in order, the previous events whose reports it holds most of. */
    private static List<List<CorpusEvent>> heirs(List<CorpusEvent> merged, List<CorpusEvent> previous) {
        Map<CorpusEvent.Evidence, List<Integer>> byEvidence = new HashMap<>();
        Map<Long, List<Integer>> byArticle = new HashMap<>();
        for (int i = 0; i < merged.size(); i++) {
            int index = i;
            merged.get(i).evidence().forEach(e -> byEvidence.computeIfAbsent(e, k -> new ArrayList<>()).add(index));
            merged.get(i).articles().forEach(a -> byArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(index));
        }
        List<List<CorpusEvent>> heirs = new ArrayList<>();
        merged.forEach(m -> heirs.add(new ArrayList<>()));
        for (CorpusEvent p : previous) {
            Map<Integer, Hold> holds = new HashMap<>();
            new HashSet<>(p.evidence()).forEach(e -> byEvidence.getOrDefault(e, List.of())
                    .forEach(i -> holds.computeIfAbsent(i, k -> new Hold(merged.get(k), k)).evidence++));
            new HashSet<>(p.articles()).forEach(a -> byArticle.getOrDefault(a, List.of())
                    .forEach(i -> holds.computeIfAbsent(i, k -> new Hold(merged.get(k), k)).articles++));
            holds.values().stream().max(Hold.order(p)).ifPresent(h -> heirs.get(h.index).add(p));
        }
        return heirs;
    }

    /** How much of one previous event a merged event holds. */
    private static final class Hold {

        private final CorpusEvent event;
        private final int index;
        private int evidence;
        private int articles;

        Hold(CorpusEvent event, int index) {
            this.event = event;
            this.index = index;
        }

        /** Most evidence, then most articles, then in the previous event's cluster, of its type, its number, first. */
        static Comparator<Hold> order(CorpusEvent previous) {
            return Comparator.<Hold>comparingInt(h -> h.evidence).thenComparingInt(h -> h.articles)
                    .thenComparing(h -> h.event.cluster() == previous.cluster())
                    .thenComparing(h -> h.event.type().equals(previous.type()))
                    .thenComparing(h -> h.event.number() == previous.number())
                    .thenComparing(Comparator.<Hold>comparingInt(h -> h.index).reversed());
        }
    }

    /**
     * The events under their lasting ids, and the ids retired.
     *
     * @param events by cluster, then number
     * @param merges each retired id with the event its reports went to, by retired id
     */
    public record Assignment(List<CorpusEvent> events, List<EventMerge> merges) {

        public Assignment {
            events = List.copyOf(events);
            merges = List.copyOf(merges);
        }
    }
}
