package org.newsgraph.model;

import java.util.List;

/**
 * The corpus entities of one resolution with their lasting ids, and the merges that giving them
 * those ids recorded.
 *
 * @param entities in the order resolution found them
 * @param merges   the ids retired by this assignment, each with the id it went into
 */
public record EntityIdAssignment(List<CorpusEntity> entities, List<EntityMerge> merges) {

    public EntityIdAssignment {
        entities = List.copyOf(entities);
        merges = List.copyOf(merges);
    }
}
