/**
 * Quotes measured: the seed export's quotes and speakers against the hand gold, and speaker
 * attribution on MEANTIME's speech events against their gold participants. Needs ../shared;
 * reads gold only to score.
 */
package org.newsgraph.eval.quote;
