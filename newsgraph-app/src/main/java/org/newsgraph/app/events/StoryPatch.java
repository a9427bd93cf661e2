package org.newsgraph.app.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.Story;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.story.StoryThreader;

/**
 * The stories that change when some clusters' main events change, threaded again alone: what
 * {@link StoryThreader} would make of every main event, for stored stories that it made so. A story
 * is a connected part of the graph of linked main events; a change can only cut the parts that hold
 * a changed event (a cluster merged again or dropped, or an event naming an entity whose name or
 * type changed) and join them to the parts such an event now links to. So the events threaded again
 * are the changed ones, the stored main events they link to, and every event of the stored stories
 * of either; the others' links are as they were, and so are their stories.
 */
final class StoryPatch {

    /** The stories to drop (by id) and to add. */
    record Result(Set<Long> gone, List<Story> added) {}

    private final StoryThreader threader;

    StoryPatch(StoryThreader threader) {
        this.threader = threader;
    }

    /**
     * @param stored    the events and stories as stored, the stories threaded from every stored main event
     * @param clusters  the clusters merged again or dropped: their stored events are stale
     * @param fresh     the main events of the clusters merged again, as merged now
     * @param renamed   the entities whose name or type changed since the stories were stored
     * @param entities  reads the entities of these ids
     */
    Result patch(CorpusEvents stored, Collection<Long> clusters, List<CorpusEvent> fresh, Set<Long> renamed,
            Function<Collection<Long>, List<CorpusEntity>> entities) {
        Set<Long> stale = new HashSet<>(clusters);
        List<CorpusEvent> changed = new ArrayList<>(fresh.stream().filter(e -> e.number() == 0).toList());
        if (!renamed.isEmpty()) {
            stored.eventsOf(renamed).stream().filter(e -> e.number() == 0 && !stale.contains(e.cluster()))
                    .forEach(changed::add);
        }
        Set<Long> region = new TreeSet<>(stale);
        changed.forEach(e -> region.add(e.cluster()));
        region.addAll(linkedTo(stored, changed, stale, entities));
        List<Story> cut = stored.storiesWith(region.stream().map(c -> CorpusEvent.exportId(c, 0)).toList());
        Set<Long> gone = new TreeSet<>();
        for (Story s : cut) {
            gone.add(s.id());
            s.events().forEach(id -> CorpusEvents.Key.of(id).ifPresent(k -> region.add(k.cluster())));
        }
        List<CorpusEvent> main = mainEvents(stored, region, stale, changed);
        return new Result(gone, threader.thread(main, entities.apply(namedIn(main))));
    }

    /** The clusters of the stored main events, not stale, that a changed event links to. */
    private static Set<Long> linkedTo(CorpusEvents stored, List<CorpusEvent> changed, Set<Long> stale,
            Function<Collection<Long>, List<CorpusEntity>> entities) {
        Set<Long> actors = new HashSet<>();
        entities.apply(namedIn(changed)).stream().filter(e -> StoryThreader.isActor(e.cluster().type()))
                .forEach(e -> actors.add(e.id()));
        Set<Long> theirs = new HashSet<>();
        changed.forEach(e -> e.participants().stream().filter(actors::contains).forEach(theirs::add));
        Set<Long> linked = new TreeSet<>();
        if (theirs.isEmpty()) {
            return linked;
        }
        for (CorpusEvent other : stored.eventsOf(theirs)) {
            if (other.number() == 0 && !stale.contains(other.cluster())
                    && changed.stream().anyMatch(e -> StoryThreader.linked(e, other, actors))) {
                linked.add(other.cluster());
            }
        }
        return linked;
    }

    /** The main event of each cluster of the region: the fresh one of a stale cluster, else the stored. */
    private static List<CorpusEvent> mainEvents(CorpusEvents stored, Set<Long> region, Set<Long> stale,
            List<CorpusEvent> changed) {
        Map<Long, CorpusEvent> main = new HashMap<>();
        changed.forEach(e -> main.put(e.cluster(), e));
        List<CorpusEvents.Key> keys = region.stream().filter(c -> !stale.contains(c) && !main.containsKey(c))
                .map(c -> new CorpusEvents.Key(c, 0)).toList();
        if (!keys.isEmpty()) {
            stored.events(keys).forEach(e -> main.put(e.cluster(), e));
        }
        return main.values().stream().filter(e -> region.contains(e.cluster()))
                .sorted(Comparator.comparingLong(CorpusEvent::cluster)).toList();
    }

    /** The entities these events name: their participants and places, which the stories' titles name. */
    private static Set<Long> namedIn(List<CorpusEvent> events) {
        Set<Long> ids = new TreeSet<>();
        events.forEach(e -> {
            ids.addAll(e.participants());
            if (e.location() != null) {
                ids.add(e.location());
            }
        });
        return ids;
    }
}
