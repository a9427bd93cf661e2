/**
 * Fitting the link model of event clustering: labelled corpora (ECB+ by topic, press-ua by month,
 * each split into a part to fit and a part held out) replayed through the product's clusterer, a
 * logistic regression (Tribuo) fitted on the comparisons it makes, and the held-out figures. Reads
 * gold to label and to score, never to cluster.
 */
package org.newsgraph.eval.link;
