package org.newsgraph.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EventId;
import org.newsgraph.model.EventMerge;
import org.newsgraph.model.Story;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.store.EventIdRules;

/**
 * The corpus events and stories of an {@link InMemoryArticleStore}, held by it. It keeps no
 * frontiers of the clusters and entities: once updated it is current, unless made by other rules.
 */
final class InMemoryCorpusEvents implements CorpusEvents {

    private final Map<Long, Merged> clusters = new TreeMap<>();
    private final List<EventMerge> merges = new ArrayList<>();
    /** The highest number ever given in each cluster. */
    private final Map<Long, Integer> highest = new HashMap<>();
    private List<Story> stories = List.of();
    private Integer threadRules;

    @Override
    public synchronized Map<Long, String> mergedInputs() {
        Map<Long, String> inputs = new TreeMap<>();
        clusters.forEach((id, m) -> inputs.put(id, m.inputs()));
        return inputs;
    }

    @Override
    public synchronized List<CorpusEvent> events() {
        List<CorpusEvent> events = new ArrayList<>();
        clusters.values().forEach(m -> events.addAll(m.events()));
        return events;
    }

    @Override
    public synchronized Map<Long, Integer> numbered(Collection<Long> wanted) {
        Map<Long, Integer> some = new HashMap<>();
        wanted.stream().filter(highest::containsKey).forEach(c -> some.put(c, highest.get(c)));
        return some;
    }

    @Override
    public synchronized List<EventMerge> eventMerges() {
        return List.copyOf(merges);
    }

    @Override
    public synchronized List<CorpusEvent> mainEvents() {
        return events().stream().filter(CorpusEvent::isMain).toList();
    }

    @Override
    public synchronized List<Story> stories() {
        return stories;
    }

    @Override
    public synchronized State state(int mergeRules, int threadRules) {
        if (this.threadRules == null) {
            return State.MISSING;
        }
        boolean other = this.threadRules != threadRules || clusters.values().stream().anyMatch(m -> m.rules() != mergeRules);
        return other ? State.OTHER_RULES : State.CURRENT;
    }

    @Override
    public synchronized void update(Map<Long, Merged> merged, Collection<Long> gone, List<Story> newStories,
            int newThreadRules) {
        Map<Long, Set<Integer>> standing = new HashMap<>();
        merged.keySet().forEach(c -> standing.put(c, new HashSet<>()));
        events().stream().filter(e -> merged.containsKey(e.cluster()))
                .forEach(e -> standing.get(e.cluster()).add(e.number()));
        EventIdRules.check(merged, standing, numbered(merged.keySet()));
        Set<EventId> stored = new HashSet<>();
        merged.values().forEach(m -> m.events().forEach(e -> stored.add(EventId.of(e))));
        merges.removeIf(m -> stored.contains(m.merged()));
        merged.values().forEach(m -> m.retired().forEach(r -> {
            merges.removeIf(old -> old.merged().equals(r.merged()));
            merges.add(r);
        }));
        gone.forEach(clusters::remove);
        clusters.putAll(merged);
        merged.values().forEach(m -> m.events().stream().filter(e -> e.number() > 0)
                .forEach(e -> highest.merge(e.cluster(), e.number(), Math::max)));
        stories = List.copyOf(newStories);
        threadRules = newThreadRules;
    }
}
