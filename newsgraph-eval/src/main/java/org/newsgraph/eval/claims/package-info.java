/**
 * Scores the export's claims on the seed articles against the hand gold: each gold claim found
 * with value, unit, qualifier and claimant, every claim listed for a reader to judge, and none
 * taken from a line the cleaner removed. Reads the gold only to score, never to answer.
 */
package org.newsgraph.eval.claims;
