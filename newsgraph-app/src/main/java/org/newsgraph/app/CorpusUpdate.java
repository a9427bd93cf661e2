package org.newsgraph.app;

import org.newsgraph.app.clusters.ClusterUpdate;
import org.newsgraph.app.entities.EntityUpdate;
import org.newsgraph.app.events.EventUpdate;

/**
 * What bringing a store's corpus model up to date did: its entities, then its event clusters (the
 * articles placed, and the recluster of their window), then its events and stories.
 */
public record CorpusUpdate(EntityUpdate entities, ClusterUpdate clusters, EventUpdate events) {}
