package org.newsgraph.app.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.app.clusters.ClusterUpdate;
import org.newsgraph.app.corpus.CorpusPart;
import org.newsgraph.app.corpus.CorpusRun;
import org.newsgraph.app.corpus.CorpusStep;
import org.newsgraph.app.entities.EntityUpdate;
import org.newsgraph.cluster.ClusterDater;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EventMerge;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.model.Story;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.story.EventIdKeeper;
import org.newsgraph.story.EventMerger;
import org.newsgraph.story.StoryThreader;

/**
 * Brings the store's corpus events and stories up to date with its clusters and entities: merges
 * again the events of each cluster whose inputs changed since they were stored ({@link MergeInputs}:
 * new reports, a cluster merged into it, an entity of its reports joined or split, other rules),
 * reading only those clusters' articles; drops the events of clusters merged away; threads the
 * main events into stories again; and stores it all in one transaction. Run it after the entities
 * and the clusters, whose ids the events name. The events merged again keep the ids their reports
 * had ({@link EventIdKeeper}), in their cluster or, moved by a recluster, through a recorded merge.
 *
 * <p>When the stored events were current as the run began and the steps before it report what they
 * changed (an extension of the entities, the clusters placed and reclustered), it compares the
 * inputs of those clusters alone (the clusters they changed, and those of the articles whose
 * entities changed) and threads again only the stories those can touch ({@link StoryPatch}).
 * Otherwise (a run stopped before this step, a whole resolution, other rules) it compares every
 * cluster's inputs and threads every main event, which repairs whatever a stopped run left.
 */
public final class EventUpdater implements CorpusStep<EventUpdate> {

    private final ClusterDater dater;
    private final EventMerger merger;
    private final EventIdKeeper keeper;
    private final StoryThreader threader;
    private final ArticleStore store;
    /** Whether the stored events and stories were current when the run began. */
    private boolean currentAtStart;

    public EventUpdater(ClusterDater dater, EventMerger merger, EventIdKeeper keeper, StoryThreader threader,
            ArticleStore store) {
        this.dater = dater;
        this.merger = merger;
        this.keeper = keeper;
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

    @Override
    public void begin() {
        currentAtStart = store.corpusEvents().state(EventMerger.RULES, StoryThreader.RULES) == CorpusEvents.State.CURRENT;
    }

    /** The changes the entity and cluster steps report, when they are all that changed since the events were stored. */
    @Override
    public EventUpdate update(CorpusRun before) {
        Optional<EntityUpdate> entities = before.find(EntityUpdate.class);
        Optional<ClusterUpdate> clusters = before.find(ClusterUpdate.class);
        if (!currentAtStart || entities.isEmpty() || clusters.isEmpty() || entities.get().whole()) {
            return update();
        }
        Set<Long> touched = new TreeSet<>(clusters.get().changed());
        touched.addAll(store.eventClusters().assignment(entities.get().articles()).values());
        return updateOnly(touched, entities.get().renamed());
    }

    /** Compares the inputs of the {@code touched} clusters alone, and threads again the stories they can change. */
    private EventUpdate updateOnly(Set<Long> touched, Set<Long> renamed) {
        CorpusEvents stored = store.corpusEvents();
        Map<Long, Long> clusterOf = new HashMap<>();
        touched.forEach(c -> store.eventClusters().members(c).forEach(a -> clusterOf.put(a, c)));
        Map<EntityRef, Long> entityIds = store.corpusEntities().assignment(clusterOf.keySet());
        Map<Long, String> inputs = MergeInputs.of(EventMerger.RULES, clusterOf, entityIds);
        InputChanges changes = InputChanges.of(inputs, stored.mergedInputs(touched));
        if (changes.none() && renamed.isEmpty()) {
            return new EventUpdate(0, 0, stored.storyCount(), Set.of(), Set.of());
        }
        Merging merged = merge(changes, clusterOf, entityIds);
        Set<Long> stale = new TreeSet<>(changes.changed());
        stale.addAll(changes.gone());
        StoryPatch.Result stories = new StoryPatch(threader).patch(stored, stale, mainOf(merged.events()), renamed,
                this::entities);
        stored.update(merged.rows(inputs), changes.gone(), stories.gone(), stories.added(), StoryThreader.RULES);
        return new EventUpdate(changes.changed().size(), changes.gone().size(), stored.storyCount(), changes.changed(),
                changes.gone());
    }

    /** The clusters whose merge inputs differ from the stored ones (new clusters too), and the stored ones that have none now. */
    private record InputChanges(Set<Long> changed, Set<Long> gone) {

        static InputChanges of(Map<Long, String> inputs, Map<Long, String> before) {
            return new InputChanges(inputs.keySet().stream().filter(c -> !inputs.get(c).equals(before.get(c)))
                    .collect(Collectors.toCollection(TreeSet::new)),
                    before.keySet().stream().filter(c -> !inputs.containsKey(c)).collect(Collectors.toCollection(TreeSet::new)));
        }

        boolean none() {
            return changed.isEmpty() && gone.isEmpty();
        }
    }

    /** The main events among these clusters' merged events. */
    private static List<CorpusEvent> mainOf(Map<Long, List<CorpusEvent>> merged) {
        List<CorpusEvent> main = new ArrayList<>();
        merged.values().forEach(events -> events.stream().filter(CorpusEvent::isMain).forEach(main::add));
        return main;
    }

    /** The entities of these ids, with their names and types: what stories are threaded and titled by. */
    private List<CorpusEntity> entities(Collection<Long> ids) {
        return store.corpusEntities().summaries(ids).stream().map(s -> new CorpusEntity(s.id(),
                new EntityCluster(s.name(), s.type(), null, s.aliases(), List.of(), List.of()))).toList();
    }

    /**
     * The changed clusters' events, merged from their members' articles, under the ids the events
     * stored for them and for the clusters gone gave their reports.
     */
    private Merging merge(InputChanges changes, Map<Long, Long> clusterOf, Map<EntityRef, Long> entityIds) {
        Set<Long> clusters = changes.changed();
        Merging merged = new Merging(new HashMap<>(), new HashMap<>());
        clusters.forEach(c -> merged.events().put(c, new ArrayList<>()));
        if (clusters.isEmpty()) {
            return merged;
        }
        List<StoredArticle> members = dater.dated(store.articles(MergeInputs.membersOf(clusters, clusterOf)), clusterOf);
        Set<Long> before = new TreeSet<>(clusters);
        before.addAll(changes.gone());
        CorpusEvents stored = store.corpusEvents();
        EventIdKeeper.Assignment kept = keeper.assign(merger.merge(members, clusterOf, entityIds),
                stored.eventsOfClusters(before), stored.numbered(clusters));
        kept.events().forEach(e -> merged.events().get(e.cluster()).add(e));
        kept.merges().forEach(m -> merged.retired().computeIfAbsent(m.into().cluster(), c -> new ArrayList<>()).add(m));
        return merged;
    }

    /** Each cluster's events merged again, by cluster, and the ids they retired, by the cluster of the event they went into. */
    private record Merging(Map<Long, List<CorpusEvent>> events, Map<Long, List<EventMerge>> retired) {

        Map<Long, CorpusEvents.Merged> rows(Map<Long, String> inputs) {
            Map<Long, CorpusEvents.Merged> rows = new HashMap<>();
            events.forEach((c, es) -> rows.put(c, new CorpusEvents.Merged(inputs.get(c), EventMerger.RULES, es,
                    retired.getOrDefault(c, List.of()))));
            return rows;
        }
    }

    /** Merges what changed, comparing every cluster's inputs; reads no article and writes nothing when nothing changed. */
    @Override
    public EventUpdate update() {
        CorpusEvents stored = store.corpusEvents();
        Map<Long, Long> clusterOf = store.eventClusters().assignment();
        Map<EntityRef, Long> entityIds = store.corpusEntities().assignment();
        Map<Long, String> inputs = MergeInputs.of(EventMerger.RULES, clusterOf, entityIds);
        InputChanges changes = InputChanges.of(inputs, stored.mergedInputs());
        if (changes.none() && stored.state(EventMerger.RULES, StoryThreader.RULES) == CorpusEvents.State.CURRENT) {
            return new EventUpdate(0, 0, stored.storyCount(), Set.of(), Set.of());
        }
        Merging merged = merge(changes, clusterOf, entityIds);
        List<Story> stories = threader.thread(mainEvents(stored, merged.events(), changes.gone()),
                store.corpusEntities().entities());
        stored.update(merged.rows(inputs), changes.gone(), stories, StoryThreader.RULES);
        return new EventUpdate(changes.changed().size(), changes.gone().size(), stories.size(), changes.changed(),
                changes.gone());
    }

    /** The main events of every standing cluster: the stored ones of clusters that did not change, and the new. */
    private static List<CorpusEvent> mainEvents(CorpusEvents stored, Map<Long, List<CorpusEvent>> merged,
            Set<Long> gone) {
        List<CorpusEvent> main = new ArrayList<>(stored.mainEvents().stream()
                .filter(e -> !merged.containsKey(e.cluster()) && !gone.contains(e.cluster())).toList());
        main.addAll(mainOf(merged));
        main.sort(Comparator.comparingLong(CorpusEvent::cluster));
        return main;
    }
}
