package org.newsgraph.claim;

/** Who a sentence says is speaking: an entity of the article and the words that name it there. */
record Claimant(int entity, String text) {}
