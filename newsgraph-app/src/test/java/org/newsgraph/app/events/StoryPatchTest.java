package org.newsgraph.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Basis;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.Story;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.story.StoryThreader;
import org.newsgraph.testkit.InMemoryArticleStore;

class StoryPatchTest {

    private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    private static final int ENTITIES = 24;

    private final StoryThreader threader = new StoryThreader();

    @RepeatedTest(20)
    void threadingTheChangedStoriesAloneGivesTheStoriesOfThreadingEveryEventAgain(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        Map<Long, CorpusEntity> entities = new HashMap<>();
        for (long id = 1; id <= ENTITIES; id++) {
            entities.put(id, entity(id, TYPES.get(random.nextInt(TYPES.size()))));
        }
        CorpusEvents stored = new InMemoryArticleStore().corpusEvents();
        Map<Long, CorpusEvent> main = new TreeMap<>();
        stored.update(Map.of(), List.of(), List.of(), StoryThreader.RULES);
        long next = 1;
        for (int round = 0; round < 40; round++) {
            Set<Long> changed = new TreeSet<>();
            Set<Long> gone = new TreeSet<>();
            for (int n = random.nextInt(4); n >= 0; n--) { // new clusters, and clusters merged again
                long cluster = main.isEmpty() || random.nextBoolean() ? next++ : pick(random, main.keySet());
                main.put(cluster, event(cluster, random));
                changed.add(cluster);
            }
            if (!main.isEmpty() && random.nextInt(3) == 0) { // a cluster merged away
                long cluster = pick(random, main.keySet());
                main.remove(cluster);
                changed.remove(cluster);
                gone.add(cluster);
            }
            Set<Long> renamed = new TreeSet<>();
            if (random.nextInt(3) == 0) { // an entity that becomes another kind, or is named otherwise
                long id = 1 + random.nextInt(ENTITIES);
                entities.put(id, random.nextBoolean() ? entity(id, TYPES.get(random.nextInt(TYPES.size())))
                        : new CorpusEntity(id, new EntityCluster("Renamed " + round, entities.get(id).cluster().type(),
                                null, List.of(), List.of(), List.of())));
                renamed.add(id);
            }
            List<CorpusEvent> fresh = changed.stream().map(main::get).toList();
            Set<Long> stale = new TreeSet<>(changed);
            stale.addAll(gone);
            StoryPatch.Result patch = new StoryPatch(threader).patch(stored, stale, fresh, renamed,
                    ids -> pick(entities, ids));
            Map<Long, CorpusEvents.Merged> rows = new HashMap<>();
            String inputs = "round " + round;
            changed.forEach(c -> rows.put(c, new CorpusEvents.Merged(inputs, 1, List.of(main.get(c)))));
            stored.update(rows, gone, patch.gone(), patch.added(), StoryThreader.RULES);

            List<Story> whole = threader.thread(new ArrayList<>(main.values()), new ArrayList<>(entities.values()));
            assertThat(stored.stories()).as("round %d", round).isEqualTo(whole);
        }
    }

    @Test
    void aStoryCutInTwoByAChangedEventIsThreadedAgainWhole() {
        Map<Long, CorpusEntity> entities = new HashMap<>();
        for (long id = 1; id <= 3; id++) {
            entities.put(id, entity(id, EntityType.PERSON));
        }
        CorpusEvents stored = new InMemoryArticleStore().corpusEvents();
        List<CorpusEvent> events = List.of(event(1, 1L, 2L), event(2, 1L, 2L, 3L), event(3, 2L, 3L));
        Map<Long, CorpusEvents.Merged> rows = new HashMap<>();
        events.forEach(e -> rows.put(e.cluster(), new CorpusEvents.Merged("a", 1, List.of(e))));
        stored.update(rows, List.of(), threader.thread(events, new ArrayList<>(entities.values())), StoryThreader.RULES);
        assertThat(stored.stories()).hasSize(1);

        CorpusEvent middle = event(2, 1L); // it no longer links the first to the third
        StoryPatch.Result patch = new StoryPatch(threader).patch(stored, Set.of(2L), List.of(middle), Set.of(),
                ids -> pick(entities, ids));

        assertThat(patch.gone()).containsExactly(1L);
        assertThat(patch.added()).isEmpty();
    }

    private static List<CorpusEntity> pick(Map<Long, CorpusEntity> entities, Collection<Long> ids) {
        return ids.stream().filter(entities::containsKey).map(entities::get).toList();
    }

    private static long pick(Random random, Set<Long> clusters) {
        List<Long> all = new ArrayList<>(clusters);
        return all.get(random.nextInt(all.size()));
    }

    private static CorpusEntity entity(long id, EntityType type) {
        return new CorpusEntity(id, new EntityCluster("Entity " + id, type, null, List.of(), List.of(), List.of()));
    }

    private static CorpusEvent event(long cluster, Random random) {
        Set<Long> participants = new TreeSet<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            participants.add(1L + random.nextInt(ENTITIES));
        }
        Long place = random.nextInt(3) == 0 ? null : 1L + random.nextInt(ENTITIES);
        EventDate date = random.nextBoolean() ? EventDate.none()
                : new EventDate("2024-01-" + (10 + random.nextInt(20)), Basis.TEXT, 0.9);
        return new CorpusEvent(cluster, 0, "meet", null, EventSalience.MAIN, "Event " + cluster, date, place,
                List.copyOf(participants), List.of(cluster), List.of());
    }

    private static CorpusEvent event(long cluster, Long... participants) {
        return new CorpusEvent(cluster, 0, "meet", null, EventSalience.MAIN, "Event " + cluster, EventDate.none(), null,
                List.of(participants), List.of(cluster), List.of());
    }
}
