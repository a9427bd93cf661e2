/**
 * Claims: the quantities an article states, with unit (currency, percent or counted noun), scale,
 * qualifier, range, claimant and subject; lexicons are data files in {@code english/}, the number
 * words the shared {@link org.newsgraph.lexicon.NumberWords}.
 * Needs sentences, tokens (POS helps find counted nouns), NER and entities with their aliases;
 * provides {@link org.newsgraph.model.Claim}s on the document. Does not read quantities spelled
 * out in long words ("three hundred and twelve"), fractions, nor claimants beyond the sentence
 * (or the paragraph of a quote) that states them.
 */
package org.newsgraph.claim;
