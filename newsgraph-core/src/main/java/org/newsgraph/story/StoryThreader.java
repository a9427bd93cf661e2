package org.newsgraph.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.DisjointSets;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Story;

/**
 * Threads the clusters' events into stories: two events are linked when at least two people or
 * organisations take part in both, or one does and both happen in one place; a story is a set of
 * two or more events linked directly or through others. Events that mention others are not
 * threaded: only what each cluster is about.
 */
public final class StoryThreader {

    /**
     * The version of these threading rules (with {@link StoryTitle}): bump it when a change makes
     * other stories of the same events, so that a store's stories are known for stale.
     */
    public static final int RULES = 2;

    /** The kinds of entity that take part in events; places and other names do not tie events. */
    private static final Set<EntityType> ACTORS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);
    private static final int SHARED_ACTORS = 2;

    /**
     * @param events   the corpus events; only the clusters' own events (number 0) are threaded: a
     *                 story takes its id from its smallest cluster, and an article's own main event
     *                 kept apart in another's cluster would give a second story that id
     * @param entities the corpus entities, for their types and names
     * @return the stories, by id
     */
    public List<Story> thread(List<CorpusEvent> events, List<CorpusEntity> entities) {
        Map<Long, CorpusEntity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        Set<Long> actors = byId.values().stream().filter(e -> ACTORS.contains(e.cluster().type()))
                .map(CorpusEntity::id).collect(Collectors.toSet());
        List<CorpusEvent> main = events.stream().filter(e -> e.number() == 0).toList();
        DisjointSets links = new DisjointSets(main.size());
        Map<Long, List<Integer>> byActor = new HashMap<>();
        for (int i = 0; i < main.size(); i++) {
            for (long actor : actorsOf(main.get(i), actors)) {
                byActor.computeIfAbsent(actor, a -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < main.size(); i++) {
            for (int j : linkedLater(i, main, byActor, actors)) {
                links.join(i, j);
            }
        }
        Map<Integer, List<CorpusEvent>> threads = new LinkedHashMap<>(); // in order of their first event
        for (int i = 0; i < main.size(); i++) {
            threads.computeIfAbsent(links.find(i), r -> new ArrayList<>()).add(main.get(i));
        }
        return threads.values().stream().filter(t -> t.size() >= 2).map(t -> story(t, byId, actors))
                .sorted(Comparator.comparingLong(Story::id)).toList();
    }

    /** Whether entities of this type take part in events, and so tie them. */
    public static boolean isActor(EntityType type) {
        return ACTORS.contains(type);
    }

    /**
     * Whether two main events are linked as {@link #thread} links them: two of the {@code actors}
     * take part in both, or one does and both happen in one place.
     */
    public static boolean linked(CorpusEvent a, CorpusEvent b, Set<Long> actors) {
        List<Long> theirs = actorsOf(b, actors);
        long shared = actorsOf(a, actors).stream().mapToLong(x -> theirs.stream().filter(x::equals).count()).sum();
        return tied(shared, a.location(), b.location());
    }

    /** The rule that links two events: two shared actors, or one and one place. */
    private static boolean tied(long sharedActors, Long place, Long otherPlace) {
        return sharedActors >= SHARED_ACTORS || sharedActors >= 1 && place != null && place.equals(otherPlace);
    }

    /** The events after the i-th that share two actors with it, or one actor and the place. */
    private static List<Integer> linkedLater(int i, List<CorpusEvent> main, Map<Long, List<Integer>> byActor,
            Set<Long> actors) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (long actor : actorsOf(main.get(i), actors)) {
            byActor.get(actor).stream().filter(j -> j > i).forEach(j -> shared.merge(j, 1, Integer::sum));
        }
        Long place = main.get(i).location();
        return shared.entrySet().stream()
                .filter(s -> tied(s.getValue(), place, main.get(s.getKey()).location()))
                .map(Map.Entry::getKey).toList();
    }

    private static Story story(List<CorpusEvent> thread, Map<Long, CorpusEntity> entities, Set<Long> actors) {
        List<CorpusEvent> ordered = thread.stream().sorted(TIMELINE).toList();
        long id = thread.stream().mapToLong(CorpusEvent::cluster).min().orElseThrow();
        return new Story(id, StoryTitle.of(ordered, actors, entities),
                ordered.stream().map(CorpusEvent::exportId).toList());
    }

    /** Dated events by date, the undated after them, each by cluster id. */
    static final Comparator<CorpusEvent> TIMELINE = Comparator
            .comparing((CorpusEvent e) -> DatePeriod.of(e.date().value()).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(CorpusEvent::cluster)
            .thenComparingInt(CorpusEvent::number);

    private static List<Long> actorsOf(CorpusEvent event, Set<Long> actors) {
        return event.participants().stream().filter(actors::contains).toList();
    }
}
