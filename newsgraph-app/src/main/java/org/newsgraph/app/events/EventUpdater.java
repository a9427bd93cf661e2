package org.newsgraph.app.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.app.corpus.CorpusPart;
import org.newsgraph.app.corpus.CorpusStep;
import org.newsgraph.cluster.ClusterDater;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.model.Story;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.story.EventMerger;
import org.newsgraph.story.StoryThreader;

/**
 * Brings the store's corpus events and stories up to date with its clusters and entities: merges
 * again the events of each cluster whose inputs changed since they were stored ({@link MergeInputs}:
 * new reports, a cluster merged into it, an entity of its reports joined or split, other rules),
 * reading only those clusters' articles; drops the events of clusters merged away; threads every
 * main event into stories again (cheap: main events and entities only); and stores it all in one
 * transaction. Run it after the entities and the clusters, whose ids the events name.
 */
public final class EventUpdater implements CorpusStep<EventUpdate> {

    private final ClusterDater dater;
    private final EventMerger merger;
    private final StoryThreader threader;
    private final ArticleStore store;

    public EventUpdater(ClusterDater dater, EventMerger merger, StoryThreader threader, ArticleStore store) {
        this.dater = dater;
        this.merger = merger;
        this.threader = threader;
        this.store = store;
    }

    @Override
    public Set<CorpusPart> reads() {
        return Set.of(CorpusPart.ARTICLES, CorpusPart.ENTITIES, CorpusPart.CLUSTERS);
    }

    /** Events and stories in one transaction: a stopped run leaves the model before it or after it, never half. */
    @Override
    public Set<CorpusPart> writes() {
        return Set.of(CorpusPart.EVENTS, CorpusPart.STORIES);
    }

    /** Merges what changed; reads no article and writes nothing when nothing did. */
    @Override
    public EventUpdate update() {
        CorpusEvents stored = store.corpusEvents();
        Map<Long, Long> clusterOf = store.eventClusters().assignment();
        Map<EntityRef, Long> entityIds = store.corpusEntities().assignment();
        Map<Long, String> inputs = MergeInputs.of(EventMerger.RULES, clusterOf, entityIds);
        Map<Long, String> before = stored.mergedInputs();
        Set<Long> changed = inputs.keySet().stream().filter(c -> !inputs.get(c).equals(before.get(c)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Long> gone = before.keySet().stream().filter(c -> !inputs.containsKey(c))
                .collect(Collectors.toCollection(TreeSet::new));
        if (changed.isEmpty() && gone.isEmpty()
                && stored.state(EventMerger.RULES, StoryThreader.RULES) == CorpusEvents.State.CURRENT) {
            return new EventUpdate(0, 0, stored.stories().size(), Set.of(), Set.of());
        }
        List<StoredArticle> members = dater.dated(store.articles(MergeInputs.membersOf(changed, clusterOf)), clusterOf);
        Map<Long, List<CorpusEvent>> merged = new HashMap<>();
        changed.forEach(c -> merged.put(c, new ArrayList<>()));
        merger.merge(members, clusterOf, entityIds).forEach(e -> merged.get(e.cluster()).add(e));
        List<Story> stories = threader.thread(mainEvents(stored, merged, gone), store.corpusEntities().entities());
        Map<Long, CorpusEvents.Merged> rows = new HashMap<>();
        merged.forEach((c, events) -> rows.put(c, new CorpusEvents.Merged(inputs.get(c), EventMerger.RULES, events)));
        stored.update(rows, gone, stories, StoryThreader.RULES);
        return new EventUpdate(changed.size(), gone.size(), stories.size(), changed, gone);
    }

    /** The main events of every standing cluster: the stored ones of clusters that did not change, and the new. */
    private static List<CorpusEvent> mainEvents(CorpusEvents stored, Map<Long, List<CorpusEvent>> merged,
            Set<Long> gone) {
        List<CorpusEvent> main = new ArrayList<>(stored.mainEvents().stream()
                .filter(e -> !merged.containsKey(e.cluster()) && !gone.contains(e.cluster())).toList());
        merged.values().forEach(events -> events.stream().filter(CorpusEvent::isMain).forEach(main::add));
        main.sort(Comparator.comparingLong(CorpusEvent::cluster));
        return main;
    }
}
