package org.newsgraph.cluster;

import java.util.Locale;

/**
 * The evidence that an article reports the event of a cluster, each a number that the
 * {@link LinkModel} weighs. Similarities are cosines in [0, 1]; gaps are {@code ln(1 + days)};
 * the rest are 0 or 1. A part either side does not know (no date, no place) gives 0: absence is
 * no evidence.
 */
public enum LinkFeature {
    /** Cosine of the TF-IDF vectors of the body words. */
    WORDS,
    /** Cosine of the TF-IDF vectors of the words of the title and the lead. */
    HEAD,
    /** Cosine of the TF-IDF vectors of the numbers of the text (a toll, a magnitude, a score). */
    NUMBERS,
    /** Cosine of the TF-IDF vectors of the corpus entities named: rare entities weigh more. */
    ENTITIES,
    /** Cosine of the TF-IDF vectors of the corpus entities the lead names: whom the report is about. */
    LEAD_ENTITIES,
    /** Cosine of the sentence embeddings of the title and lead: one event told in other words. */
    EMBEDDING,
    /** How far the article's publication day lies outside the span of the cluster's, in ln(1 + days). */
    PUBLISHED_GAP,
    /** Days between the two events' own days, where both texts give one, in ln(1 + days). */
    EVENT_GAP,
    /** Both texts give the event's day, and it is one day. */
    SAME_DAY,
    /** Both events are set in one place. */
    SAME_PLACE,
    /** The texts put the events in places that cannot be one scene ({@link org.newsgraph.model.EventPlace#conflictsWith}). */
    PLACES_APART,
    /** As {@link #PLACES_APART}, where one of the places is only the scene of an article's lead. */
    SCENES_APART,
    /** Both events are typed, with two types. */
    TYPES_DIFFER,
    /**
     * The article's outlet published a report in the cluster already. An outlet's reports share its
     * beat (its people, its places, its words), so their likeness is weaker evidence of one event than
     * two outlets' likeness; and an outlet tells most events once (a press office one release each).
     */
    SAME_OUTLET,
    /** The cluster's size, in ln(articles): a profile of many reports is broader than one report. */
    CLUSTER_SIZE;

    /** The name in the model file: {@code published_gap}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
