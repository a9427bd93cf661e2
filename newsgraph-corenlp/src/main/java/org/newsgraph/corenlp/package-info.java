/**
 * The Stanford CoreNLP adapter behind {@link org.newsgraph.annotate.NlpAnnotator}: the only package that imports it.
 * Needs a normalised English text and optionally its publication date; provides sentences, tokens, POS, lemmas,
 * coarse NER, name mentions and SUTime expressions. Does not parse, resolve coreference or correct CoreNLP's tags.
 */
package org.newsgraph.corenlp;
