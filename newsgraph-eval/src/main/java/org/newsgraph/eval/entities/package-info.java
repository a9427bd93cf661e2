/**
 * Entity resolution measured: MEANTIME's name mentions resolved across documents and scored by
 * pairs of mentions, the seed export scored against the hand gold, and the time resolution takes
 * on 1,000 and 10,000 synthetic articles. Needs ../shared; reads gold only to score.
 */
package org.newsgraph.eval.entities;
