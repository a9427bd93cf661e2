package org.newsgraph.app.entities;

import java.util.List;
import org.newsgraph.model.EntityMerge;

/**
 * What bringing the corpus entities up to date did.
 *
 * @param resolved whether the corpus was resolved again (false when the entities were up to date)
 * @param entities how many corpus entities the store holds now
 * @param merges   the merges this update recorded
 */
public record EntityUpdate(boolean resolved, int entities, List<EntityMerge> merges) {

    public EntityUpdate {
        merges = List.copyOf(merges);
    }
}
