package org.newsgraph.cluster;

/**
 * How articles are clustered into events. Whether an article reports a cluster's event is the
 * {@link LinkModel}'s to say, fitted on labelled corpora; the rest bounds the work and states
 * what an event is.
 *
 * @param model        the fitted probability that an article reports a cluster's event, and the
 *                     least probability at which it joins
 * @param candidates   how many candidate clusters the index gives for one article
 * @param queryKeys    how many of an article's strongest terms are looked up in the index
 * @param clusterKeys  how many of a cluster's strongest terms it is indexed under
 * @param profileTerms how many terms a cluster profile keeps
 * @param leadChars    how far into the text the lead runs: its words are compared apart, and the
 *                     scene of an article is looked for there
 * @param reportDays   the most days the publication days of one event's reports may span, unless
 *                     the texts date the event on one day: news is published within days of what
 *                     it reports (docs/clusters.md)
 */
public record ClusterConfig(LinkModel model, int candidates, int queryKeys, int clusterKeys, int profileTerms,
        int leadChars, int reportDays) {

    /** The bundled link model, and the defaults of the rest. */
    public static ClusterConfig defaults() {
        return defaults(LinkModel.bundled());
    }

    /**
     * This link model, and the defaults of the rest: an index lookup of 15 terms for 20 candidates
     * keeps the cost of a placement flat as the store grows ({@code newsgraph bench}); a lead is the
     * first 300 characters, two or three sentences; a week is the span of one event's reports.
     */
    public static ClusterConfig defaults(LinkModel model) {
        return new ClusterConfig(model, 20, 15, 30, 200, 300, 7);
    }

    public ClusterConfig withModel(LinkModel newModel) {
        return new ClusterConfig(newModel, candidates, queryKeys, clusterKeys, profileTerms, leadChars, reportDays);
    }
}
