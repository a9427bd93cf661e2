package org.newsgraph.app.entities;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.EntityMerge;

/**
 * What bringing the corpus entities up to date did.
 *
 * @param resolved whether entities were resolved (false when no article with entities came since the last update)
 * @param entities how many corpus entities the store holds now
 * @param merges   the merges this update recorded
 * @param whole    whether any article's entities may have changed: the whole corpus was resolved
 *                 again, or entities merged away had too many articles to name
 * @param articles the articles whose entities changed, when not {@code whole}: those resolved
 *                 into the stored entities, and those of the entities merged away
 * @param grown    the entities those articles added to or added, when not the whole corpus
 * @param renamed  the stored entities among them whose name or type changed, when not the whole corpus
 */
public record EntityUpdate(boolean resolved, int entities, List<EntityMerge> merges, boolean whole, Set<Long> articles,
        Set<Long> grown, Set<Long> renamed) {

    public EntityUpdate {
        merges = List.copyOf(merges);
        articles = Set.copyOf(articles);
        grown = Set.copyOf(grown);
        renamed = Set.copyOf(renamed);
    }

    /** Nothing to resolve: the entities were up to date. */
    static EntityUpdate current(int entities) {
        return new EntityUpdate(false, entities, List.of(), false, Set.of(), Set.of(), Set.of());
    }
}
