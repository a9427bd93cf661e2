/**
 * MEANTIME's article files read once for every Eval that scores on them (names, speech, time
 * expressions). Needs an article's XML; provides its tokens laid out as text and its markables of
 * one kind with their tokens. Does not read the gold tables beside the articles: each Eval reads its own.
 */
package org.newsgraph.eval.meantime;
