package org.newsgraph.eval.link;

/**
 * One comparison the clusterer made, labelled: the features of an article against a candidate
 * cluster, and whether the cluster is the article's gold event.
 */
public record LinkExample(double[] features, boolean same) {}
