package org.newsgraph.store;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EventId;
import org.newsgraph.model.EventMerge;

/**
 * What every {@link CorpusEvents} checks before storing the events of clusters merged again, so
 * that an event id once exported never names another event: each event is its cluster's, under a
 * number no other event of the update has; a number above 0 is one its cluster has now or one never
 * given there; an id retired goes into one of the events stored and is not one of them.
 */
public final class EventIdRules {

    private EventIdRules() {}

    /**
     * @param merged   the update's clusters and their events
     * @param standing the numbers each of those clusters has now
     * @param numbered the highest number ever given in each of those clusters
     * @throws IllegalArgumentException naming the first rule broken
     */
    public static void check(Map<Long, CorpusEvents.Merged> merged, Map<Long, Set<Integer>> standing,
            Map<Long, Integer> numbered) {
        Set<EventId> ids = new HashSet<>();
        merged.forEach((cluster, m) -> {
            for (CorpusEvent e : m.events()) {
                EventId id = EventId.of(e);
                require(e.cluster() == cluster, id.exportId() + " is stored with the events of cluster " + cluster);
                require(ids.add(id), "two events with id " + id.exportId());
                require(e.number() == 0 || e.number() > numbered.getOrDefault(cluster, 0)
                        || standing.getOrDefault(cluster, Set.of()).contains(e.number()),
                        id.exportId() + " was given before to an event that is gone; event ids are never reused");
            }
        });
        merged.values().forEach(m -> {
            for (EventMerge r : m.retired()) {
                require(ids.contains(r.into()), "a merge into " + r.into().exportId() + ", which is not stored with it");
                require(!ids.contains(r.merged()), "a merge of " + r.merged().exportId() + ", which is stored");
            }
        });
    }

    private static void require(boolean rule, String broken) {
        if (!rule) {
            throw new IllegalArgumentException(broken);
        }
    }
}
