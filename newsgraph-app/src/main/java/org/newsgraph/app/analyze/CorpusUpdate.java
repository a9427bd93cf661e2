package org.newsgraph.app.analyze;

import java.util.stream.Collectors;
import org.newsgraph.app.clusters.ClusterUpdate;
import org.newsgraph.app.corpus.CorpusRun;
import org.newsgraph.app.entities.EntityUpdate;
import org.newsgraph.app.events.EventUpdate;
import org.newsgraph.app.search.SearchChanges;
import org.newsgraph.model.EntityMerge;

/**
 * What bringing a store's corpus model up to date did: its entities, then its event clusters (the
 * articles placed, and the recluster of their window), then its events and stories.
 */
public record CorpusUpdate(EntityUpdate entities, ClusterUpdate clusters, EventUpdate events) {

    /** The reports of a run of the corpus recipe, one a step. */
    public static CorpusUpdate of(CorpusRun run) {
        return new CorpusUpdate(run.report(EntityUpdate.class), run.report(ClusterUpdate.class),
                run.report(EventUpdate.class));
    }

    /**
     * What this update changed that the search index shows, from the store's search state
     * {@code before} the run: the articles the entities took in (every article after their
     * frontier, which is every article the run stored), the entities grown and merged away, the
     * clusters whose events were merged again or dropped.
     */
    public SearchChanges searchChanges(String before) {
        return new SearchChanges(before, entities.whole(), entities.articles(), entities.grown(),
                entities.merges().stream().map(EntityMerge::merged).collect(Collectors.toSet()),
                events.mergedClusters(), events.droppedClusters());
    }
}
