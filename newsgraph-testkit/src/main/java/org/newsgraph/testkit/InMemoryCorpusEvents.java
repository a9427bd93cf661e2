package org.newsgraph.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.Story;
import org.newsgraph.store.CorpusEvents;

/**
 * The corpus events and stories of an {@link InMemoryArticleStore}, held by it. It keeps no
 * frontiers of the clusters and entities: once updated it is current, unless made by other rules.
 */
final class InMemoryCorpusEvents implements CorpusEvents {

    private final Map<Long, Merged> clusters = new TreeMap<>();
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
        gone.forEach(clusters::remove);
        clusters.putAll(merged);
        stories = List.copyOf(newStories);
        threadRules = newThreadRules;
    }
}
