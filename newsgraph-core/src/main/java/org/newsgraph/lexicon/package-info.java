/**
 * The lexicons more than one stage reads, one per concept (surname particles, number words),
 * each a data file beside its reader, so that stages share a word list without depending on
 * each other. Needs nothing but the data file reader; provides word lists; holds no stage's rules.
 */
package org.newsgraph.lexicon;
