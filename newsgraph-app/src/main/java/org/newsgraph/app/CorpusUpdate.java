package org.newsgraph.app;

import org.newsgraph.app.clusters.ClusterUpdate;
import org.newsgraph.app.entities.EntityUpdate;

/** What bringing a store's corpus model up to date did: its entities, then its event clusters. */
public record CorpusUpdate(EntityUpdate entities, ClusterUpdate clusters) {}
