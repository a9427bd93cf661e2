package org.newsgraph.app.search;

import java.util.Set;

/**
 * What one analyze run changed that the search index shows, and the store's search state before
 * it: the index that records that state takes the run's changes alone; any other is made again
 * whole.
 *
 * @param before          the store's search state before the run ({@link StoreState})
 * @param whole           whether the run may have changed any document (the whole corpus was
 *                        resolved again): the index is made again whole
 * @param articles        the articles the run stored (with their quotes and claims)
 * @param entities        the entities the run added or added to
 * @param entitiesGone    the entities the run merged away
 * @param clusters        the event clusters whose events the run merged again
 * @param clustersGone    the event clusters whose events the run dropped
 */
public record SearchChanges(String before, boolean whole, Set<Long> articles, Set<Long> entities,
        Set<Long> entitiesGone, Set<Long> clusters, Set<Long> clustersGone) {

    public SearchChanges {
        articles = Set.copyOf(articles);
        entities = Set.copyOf(entities);
        entitiesGone = Set.copyOf(entitiesGone);
        clusters = Set.copyOf(clusters);
        clustersGone = Set.copyOf(clustersGone);
    }

    /** Changes not known: an index behind the store is made again whole. */
    public static final SearchChanges UNKNOWN = new SearchChanges("", true, Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of());
}
