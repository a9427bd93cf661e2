package org.newsgraph.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EntityRef;

/**
 * What every {@link CorpusEntities} checks before replacing its table, so that an id once
 * exported never names another entity: an entity keeps an id it has now or takes one never
 * given; a merge retires an id the table has now into one it keeps; a single-article entity
 * belongs to one entity only.
 */
public final class EntityIdRules {

    private EntityIdRules() {}

    /**
     * @param current the ids in the table now
     * @param nextId  the smallest id never given
     * @throws IllegalArgumentException naming the first rule broken
     */
    public static void check(Set<Long> current, long nextId, List<CorpusEntity> entities, List<EntityMerge> merges) {
        Set<Long> ids = new HashSet<>();
        Set<EntityRef> members = new HashSet<>();
        for (CorpusEntity e : entities) {
            require(ids.add(e.id()), "two entities with id " + e.id());
            require(e.id() >= nextId || current.contains(e.id()),
                    "id " + e.id() + " was given before to an entity that is gone; ids are never reused");
            for (EntityRef m : e.cluster().members()) {
                require(members.add(m), m + " belongs to two entities");
            }
        }
        for (EntityMerge m : merges) {
            require(ids.contains(m.into()), "merge into " + m.into() + ", which is not among the entities");
            require(current.contains(m.merged()) && !ids.contains(m.merged()),
                    "merge of " + m.merged() + ", which is not an entity retired by this replacement");
        }
    }

    private static void require(boolean rule, String broken) {
        if (!rule) {
            throw new IllegalArgumentException(broken);
        }
    }
}
