/**
 * Copies across articles: exact copies by a hash of the cleaned words, near copies by MinHash
 * signatures of word shingles found through LSH bands. Needs the cleaned text and a
 * {@link org.newsgraph.dedup.SeenArticles} holding what was remembered; provides the id of the
 * stored article a new one copies. Does not decide what a copy's status means for analysis or clustering.
 */
package org.newsgraph.dedup;
