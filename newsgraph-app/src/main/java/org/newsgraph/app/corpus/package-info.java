/**
 * The per-corpus pipeline: steps that bring the store's corpus model (entities, clusters, events,
 * stories) up to date with its articles, each declaring the parts it reads and writes, assembled
 * into a recipe that is checked when built and run once per analyze. Does not hold the steps (the
 * entities, clusters and events use cases do) nor the recipe (the composition root builds it).
 */
package org.newsgraph.app.corpus;
