/**
 * Linguistic annotation behind a port: the {@link org.newsgraph.annotate.NlpAnnotator} interface
 * (CoreNLP implements it in its own module) and the stage that calls it.
 * Needs the normalised text; provides sentences, tokens, tags, names and time expressions.
 */
package org.newsgraph.annotate;
