/**
 * The measures every Eval shares: {@link org.newsgraph.eval.score.F1}, the harmonic mean of a
 * precision and a recall. Needs nothing; provides formulas, not counts: each scorer counts what
 * is right its own way, and says what it gives when there is nothing to count.
 */
package org.newsgraph.eval.score;
