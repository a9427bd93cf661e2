package org.newsgraph.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityRef;

/** A cluster's digest changes exactly when what its events are merged from does. */
class MergeInputsTest {

    private static final Map<Long, Long> CLUSTERS = Map.of(1L, 10L, 2L, 10L, 3L, 20L);
    private static final Map<EntityRef, Long> ENTITIES = Map.of(new EntityRef(1, 0), 5L, new EntityRef(2, 0), 5L,
            new EntityRef(3, 1), 6L);

    @Test
    void givesEachClusterADigestThatIsTheSameForTheSameInputs() {
        Map<Long, String> digests = MergeInputs.of(1, CLUSTERS, ENTITIES);

        assertThat(digests).containsOnlyKeys(10L, 20L);
        assertThat(digests.get(10L)).isNotEqualTo(digests.get(20L));
        assertThat(MergeInputs.of(1, new HashMap<>(CLUSTERS), new HashMap<>(ENTITIES))).isEqualTo(digests);
    }

    @Test
    void aNewMemberOrAnEntityOfAMemberJoinedElsewhereChangesOnlyItsCluster() {
        Map<Long, String> digests = MergeInputs.of(1, CLUSTERS, ENTITIES);
        Map<Long, Long> grown = new HashMap<>(CLUSTERS);
        grown.put(4L, 20L);
        Map<EntityRef, Long> joined = new HashMap<>(ENTITIES);
        joined.put(new EntityRef(2, 0), 7L);

        assertThat(MergeInputs.of(1, grown, ENTITIES)).containsEntry(10L, digests.get(10L))
                .doesNotContainEntry(20L, digests.get(20L));
        assertThat(MergeInputs.of(1, CLUSTERS, joined)).containsEntry(20L, digests.get(20L))
                .doesNotContainEntry(10L, digests.get(10L));
    }

    @Test
    void otherRulesChangeEveryDigest() {
        Map<Long, String> digests = MergeInputs.of(1, CLUSTERS, ENTITIES);

        assertThat(MergeInputs.of(2, CLUSTERS, ENTITIES)).allSatisfy((c, d) -> assertThat(d).isNotEqualTo(digests.get(c)));
    }

    @Test
    void theMembersOfSomeClustersComeInIdOrder() {
        assertThat(MergeInputs.membersOf(Set.of(10L), CLUSTERS)).containsExactly(1L, 2L);
    }

    @Test
    void aDigestIsTheFirst128BitsOfTheSha256OfTheRulesAndEachMemberWithItsEntities() {
        // from Python's hashlib over "rules 1\n3:{1=6}": stored digests stay valid across versions
        assertThat(MergeInputs.of(1, CLUSTERS, ENTITIES).get(20L)).isEqualTo("f33a231a392f84ff39b35fc2f7a323ea");
    }
}
