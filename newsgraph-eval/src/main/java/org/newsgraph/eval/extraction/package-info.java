/**
 * Scores extracted article text the way the Zyte article-extraction benchmark does: token 4-gram
 * shingles of a prediction against the gold {@code articleBody}, precision and recall per page,
 * each averaged over pages. Reads gold only to score; extracts nothing itself.
 */
package org.newsgraph.eval.extraction;
