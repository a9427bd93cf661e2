/**
 * Claims: the quantities an article states, with unit (currency, percent or counted noun), scale,
 * qualifier, range, claimant and subject; lexicons are data files in {@code english/}, the number
 * words and speech words the shared {@link org.newsgraph.lexicon.NumberWords} and
 * {@link org.newsgraph.lexicon.SpeechWords}. The claimant of a claim a quote holds is the quote's
 * speaker. Needs sentences, tokens (POS helps find counted nouns), lemmas, NER, entities with
 * their aliases and quotes; provides {@link org.newsgraph.model.Claim}s on the document. Does not
 * read quantities spelled out in long words ("three hundred and twelve"), fractions, nor
 * claimants beyond the quote or the sentence that states them.
 */
package org.newsgraph.claim;
