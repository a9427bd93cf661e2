/**
 * Quotes and their speakers: direct quotes (any double quotation marks, across sentences and
 * paragraphs; single marks within a paragraph) told apart from quoted terms, embedded posts, and reported speech, each tied to the
 * entity of its speaker through its speech verb, "according to", a pronoun or a role noun.
 * Needs tokens with part-of-speech tags and lemmas, and the entities with every alias. Provides
 * {@code Quote}s. Does not handle single-marked quotes across paragraphs, speakers named only in another
 * paragraph than their quote, nor true coreference (a pronoun is the latest subject of its kind).
 */
package org.newsgraph.quote;
