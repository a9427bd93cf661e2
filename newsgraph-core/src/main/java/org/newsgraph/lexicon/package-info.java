/**
 * The lexicons more than one stage reads, one per concept (surname particles, number words,
 * speech verbs, pronouns and attribution phrases, the nouns that stand for an office), each a
 * data file beside its reader, so that stages share a word list without depending on each other.
 * Needs nothing but the data file reader and the model; provides word lists; holds no stage's rules.
 */
package org.newsgraph.lexicon;
