package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityIdAssignment;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntityType;

class EntityIdKeeperTest {

    private final EntityIdKeeper keeper = new EntityIdKeeper();

    @Test
    void aFirstResolutionNumbersEntitiesFromTheNextIdInOrder() {
        EntityIdAssignment assigned = keeper.assign(List.of(cluster("NATO", ref(1, 0)), cluster("Kyiv", ref(1, 1))),
                Map.of(), 1);

        assertThat(ids(assigned)).containsExactly(1L, 2L);
        assertThat(assigned.merges()).isEmpty();
    }

    @Test
    void anEntityThatGainsMembersAndAliasesKeepsItsId() {
        Map<EntityRef, Long> previous = Map.of(ref(1, 0), 7L);
        EntityCluster grown = new EntityCluster("Volodymyr Zelensky", EntityType.PERSON, null,
                List.of("Zelensky", "Zelenskyy"), List.of(ref(1, 0), ref(2, 3)), List.of());

        EntityIdAssignment assigned = keeper.assign(List.of(grown), previous, 8);

        assertThat(assigned.entities()).containsExactly(new CorpusEntity(7, grown));
    }

    @Test
    void aNewEntityGetsAFreshIdEvenWhenItComesFirst() {
        Map<EntityRef, Long> previous = Map.of(ref(2, 0), 1L);

        EntityIdAssignment assigned = keeper.assign(List.of(cluster("New", ref(1, 0)), cluster("Old", ref(2, 0))),
                previous, 2);

        assertThat(ids(assigned)).containsExactly(2L, 1L);
    }

    @Test
    void aMergeKeepsTheOlderIdAndRecordsTheOtherWithTheLinksAsReason() {
        Map<EntityRef, Long> previous = Map.of(ref(1, 0), 3L, ref(2, 0), 5L, ref(3, 0), 4L);
        EntityCluster joined = new EntityCluster("Jens Stoltenberg", EntityType.PERSON, null, List.of("Stortemberg"),
                List.of(ref(1, 0), ref(2, 0), ref(3, 0)), List.of("typo: Stortemberg ~ Stoltenberg", "title: NATO chief"));

        EntityIdAssignment assigned = keeper.assign(List.of(joined), previous, 6);

        assertThat(ids(assigned)).containsExactly(3L);
        assertThat(assigned.merges()).containsExactly(
                new EntityMerge(4, 3, "typo: Stortemberg ~ Stoltenberg; title: NATO chief"),
                new EntityMerge(5, 3, "typo: Stortemberg ~ Stoltenberg; title: NATO chief"));
    }

    @Test
    void aMergeOfIdenticalNamesIsRecordedAsSameName() {
        Map<EntityRef, Long> previous = Map.of(ref(1, 0), 2L, ref(2, 0), 1L);

        EntityIdAssignment assigned = keeper.assign(List.of(cluster("NATO", ref(1, 0), ref(2, 0))), previous, 3);

        assertThat(assigned.merges()).containsExactly(new EntityMerge(2, 1, "same name"));
    }

    @Test
    void aSplitLeavesTheIdWithTheLargerPartAndGivesTheRestAFreshId() {
        Map<EntityRef, Long> previous = Map.of(ref(1, 0), 4L, ref(2, 0), 4L, ref(3, 0), 4L);

        EntityIdAssignment assigned = keeper.assign(
                List.of(cluster("Anna Kowalska", ref(1, 0)), cluster("Ewa Kowalska", ref(2, 0), ref(3, 0))), previous, 5);

        assertThat(ids(assigned)).containsExactly(5L, 4L);
        assertThat(assigned.merges()).isEmpty();
    }

    @Test
    void aSplitIntoEqualPartsLeavesTheIdWithThePartHoldingTheEarliestMember() {
        Map<EntityRef, Long> previous = Map.of(ref(1, 0), 4L, ref(2, 0), 4L);

        EntityIdAssignment assigned = keeper.assign(
                List.of(cluster("Later", ref(2, 0)), cluster("Earlier", ref(1, 0))), previous, 5);

        assertThat(ids(assigned)).containsExactly(5L, 4L);
    }

    @Test
    void aMemberMovingToAnotherEntityIsNeitherAMergeNorASplit() {
        Map<EntityRef, Long> previous = Map.of(ref(1, 0), 1L, ref(1, 1), 1L, ref(2, 0), 2L, ref(2, 1), 2L,
                ref(3, 0), 2L);

        EntityIdAssignment assigned = keeper.assign(List.of(
                cluster("A", ref(1, 0), ref(1, 1), ref(2, 0)),
                cluster("B", ref(2, 1), ref(3, 0))), previous, 3);

        assertThat(ids(assigned)).containsExactly(1L, 2L);
        assertThat(assigned.merges()).isEmpty();
    }

    @Test
    void neverReusesAnIdEvenWhenTheCounterIsBehindThePreviousIds() {
        Map<EntityRef, Long> previous = Map.of(ref(1, 0), 9L);

        EntityIdAssignment assigned = keeper.assign(List.of(cluster("Old", ref(1, 0)), cluster("New", ref(2, 0))),
                previous, 3);

        assertThat(ids(assigned)).containsExactly(9L, 10L);
    }

    @Test
    void anIdWhoseMembersAreAllGoneIsNotHandedOutAgain() {
        Map<EntityRef, Long> previous = Map.of(ref(1, 0), 1L, ref(5, 0), 2L);

        EntityIdAssignment assigned = keeper.assign(List.of(cluster("Old", ref(1, 0)), cluster("New", ref(6, 0))),
                previous, 3);

        assertThat(ids(assigned)).containsExactly(1L, 3L);
    }

    @Test
    void refusesACounterBelowOne() {
        assertThatThrownBy(() -> keeper.assign(List.of(), Map.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    @Test
    void randomReshufflesNeverGiveOneIdTwiceNorLoseAPreviousIdSilently() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<EntityRef> refs = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                refs.add(ref(1 + random.nextInt(6), i));
            }
            Map<EntityRef, Long> previous = new HashMap<>();
            refs.forEach(r -> {
                if (random.nextInt(4) > 0) {
                    previous.put(r, 1L + random.nextInt(8));
                }
            });
            List<EntityCluster> clusters = randomPartition(refs, random);

            EntityIdAssignment assigned = keeper.assign(clusters, previous, 9);

            Set<Long> given = new HashSet<>(ids(assigned));
            assertThat(given).as("distinct ids in round " + round).hasSameSizeAs(assigned.entities());
            Set<Long> accounted = new HashSet<>(given);
            assigned.merges().forEach(m -> {
                assertThat(given).contains(m.into()).doesNotContain(m.merged());
                assertThat(m.merged()).isGreaterThan(m.into());
                accounted.add(m.merged());
            });
            assertThat(accounted).containsAll(previous.values());
            given.stream().filter(id -> !previous.containsValue(id)).forEach(id -> assertThat(id).isGreaterThanOrEqualTo(9));
        }
    }

    private static List<EntityCluster> randomPartition(List<EntityRef> refs, Random random) {
        Map<Integer, List<EntityRef>> parts = new HashMap<>();
        refs.forEach(r -> parts.computeIfAbsent(random.nextInt(5), k -> new ArrayList<>()).add(r));
        return parts.values().stream().map(members -> cluster("x", members.toArray(EntityRef[]::new))).toList();
    }

    private static List<Long> ids(EntityIdAssignment assigned) {
        return assigned.entities().stream().map(CorpusEntity::id).toList();
    }

    private static EntityCluster cluster(String name, EntityRef... members) {
        return new EntityCluster(name, EntityType.ORGANIZATION, null, List.of(), List.of(members), List.of());
    }

    private static EntityRef ref(long article, int index) {
        return new EntityRef(article, index);
    }
}
