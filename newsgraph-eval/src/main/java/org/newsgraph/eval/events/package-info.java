/**
 * Scoring of events and clusters. Article clustering on ECB+ (CC BY 3.0): articles partitioned into
 * the real-world events they report, scored by B-cubed and by pairs against {@code gold_clusters.tsv},
 * beside a TF-IDF agglomerative baseline. The seed articles' events against the hand gold (type, place,
 * participants, date, main event, mentioned events, no event in a wire dateline's city). Each ECB+
 * article's main event, its participants and place, against a gold derived from the ECB+ XML. Needs
 * ../shared; reads gold only to score answers (and to tune the baseline's oracle row), never to produce them.
 */
package org.newsgraph.eval.events;
