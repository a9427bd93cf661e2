/**
 * Article clustering measured on ECB+ (CC BY 3.0): articles partitioned into the real-world events
 * they report, scored by B-cubed and by pairs against {@code gold_clusters.tsv}, beside a TF-IDF
 * agglomerative baseline. Needs ../shared/data; reads gold only to score and to tune the oracle row.
 */
package org.newsgraph.eval.events;
