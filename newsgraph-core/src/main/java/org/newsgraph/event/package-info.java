/**
 * Events: what an article tells happened or will, each typed by a taxonomy mapped to CAMEO root
 * codes, with participants, place, date (for a main event without one, why), evidence sentences,
 * a title, and its salience (the main event, others reported, past or coming ones mentioned);
 * lexicons are data files in {@code english/}, surname particles the shared
 * {@link org.newsgraph.lexicon.SurnameParticles}. Needs tokens with POS, lemmas and NER, entities
 * with places and aliases, and quotes; reads time expressions when there are any. Provides
 * {@link org.newsgraph.model.Event}s on the document. Does not resolve pronouns, read a parse, or
 * link events across articles.
 */
package org.newsgraph.event;
