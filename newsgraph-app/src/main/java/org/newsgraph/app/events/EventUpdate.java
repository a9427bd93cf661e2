package org.newsgraph.app.events;

/**
 * What bringing the corpus events and stories up to date did.
 *
 * @param merged   how many clusters had their events merged again
 * @param dropped  how many clusters merged away had their events dropped
 * @param stories  how many stories the store holds now
 */
public record EventUpdate(int merged, int dropped, int stories) {}
