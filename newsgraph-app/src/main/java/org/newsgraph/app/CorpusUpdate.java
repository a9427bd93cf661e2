package org.newsgraph.app;

import org.newsgraph.app.clusters.ClusterUpdate;
import org.newsgraph.app.clusters.ReclusterSummary;
import org.newsgraph.app.entities.EntityUpdate;
import org.newsgraph.app.events.EventUpdate;

/**
 * What bringing a store's corpus model up to date did: its entities, then its event clusters, then
 * its events and stories.
 */
public record CorpusUpdate(EntityUpdate entities, ClusterUpdate clusters, ReclusterSummary recluster,
        EventUpdate events) {}
