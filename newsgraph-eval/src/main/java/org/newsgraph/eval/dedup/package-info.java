/**
 * The copy-detection benchmark: originals of real news sentences, perturbed copies of some of
 * them, and the recall, precision and time per article of {@code NearDuplicateDetector} on them.
 * Needs ../shared/data (ECB+, MEANTIME, the extraction benchmark). Does not test the store.
 */
package org.newsgraph.eval.dedup;
