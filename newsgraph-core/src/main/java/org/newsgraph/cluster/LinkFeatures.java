package org.newsgraph.cluster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.EventSignature;

/**
 * Measures the {@link LinkFeature}s of an article against a cluster: the cosines of their term
 * vectors by class of term, and how their events' days, places, types and outlets compare.
 */
final class LinkFeatures {

    private LinkFeatures() {}

    /**
     * @param article the article's weighted terms, each class of term of unit length
     */
    static double[] measure(Map<String, Double> article, float[] embedding, EventSignature event,
            ClusterProfile cluster) {
        double[] x = new double[LinkFeature.values().length];
        double[] cosines = cosines(article, cluster.terms());
        x[LinkFeature.WORDS.ordinal()] = cosines[TermClass.WORD.ordinal()];
        x[LinkFeature.HEAD.ordinal()] = cosines[TermClass.HEAD.ordinal()];
        x[LinkFeature.NUMBERS.ordinal()] = cosines[TermClass.NUMBER.ordinal()];
        x[LinkFeature.ENTITIES.ordinal()] = cosines[TermClass.ENTITY.ordinal()];
        x[LinkFeature.LEAD_ENTITIES.ordinal()] = cosines[TermClass.HEAD_ENTITY.ordinal()];
        x[LinkFeature.EMBEDDING.ordinal()] = cosine(embedding, cluster.embedding());
        x[LinkFeature.CLUSTER_SIZE.ordinal()] = Math.log(cluster.size());
        EventSignature other = cluster.event();
        long outside = publishedOutside(event, other);
        x[LinkFeature.PUBLISHED_GAP.ordinal()] = outside < 0 ? 0 : Math.log1p(outside);
        if (event.date() != null && other.date() != null) {
            long gap = days(event.date(), other.date());
            x[LinkFeature.EVENT_GAP.ordinal()] = Math.log1p(gap);
            x[LinkFeature.SAME_DAY.ordinal()] = gap == 0 ? 1 : 0;
        }
        places(event.place(), other.place(), x);
        if (event.type() != null && other.type() != null && !event.type().equals(other.type())) {
            x[LinkFeature.TYPES_DIFFER.ordinal()] = 1;
        }
        if (!Collections.disjoint(event.outlets(), other.outlets())) {
            x[LinkFeature.SAME_OUTLET.ordinal()] = 1;
        }
        return x;
    }

    /**
     * How many days the article's publication day lies outside the span of the cluster's (0 within
     * it), or -1 when either is unknown.
     */
    static long publishedOutside(EventSignature article, EventSignature cluster) {
        if (article.published() == null || cluster.published() == null) {
            return -1;
        }
        if (article.published().compareTo(cluster.published()) < 0) {
            return days(article.published(), cluster.published());
        }
        if (article.published().compareTo(cluster.lastPublished()) > 0) {
            return days(article.published(), cluster.lastPublished());
        }
        return 0;
    }

    /** How many days the publication days would span if the article joined, or -1 when unknown. */
    static long publishedSpan(EventSignature article, EventSignature cluster) {
        if (article.published() == null || cluster.published() == null) {
            return -1;
        }
        String first = article.published().compareTo(cluster.published()) < 0 ? article.published() : cluster.published();
        String last = article.published().compareTo(cluster.lastPublished()) > 0 ? article.published()
                : cluster.lastPublished();
        return days(first, last);
    }

    private static void places(EventPlace a, EventPlace b, double[] x) {
        if (a == null || b == null) {
            return;
        }
        if (a.sameAs(b)) {
            x[LinkFeature.SAME_PLACE.ordinal()] = 1;
        } else if (a.conflictsWith(b)) {
            x[(a.stated() && b.stated() ? LinkFeature.PLACES_APART : LinkFeature.SCENES_APART).ordinal()] = 1;
        }
    }

    /** The cosine of two embeddings, 0 when either is missing. */
    static double cosine(float[] a, float[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The cosine of each class of term; the article's classes are of unit length already. */
    private static double[] cosines(Map<String, Double> unit, Map<String, Double> other) {
        int classes = TermClass.values().length;
        double[] dot = new double[classes];
        double[] norm = new double[classes];
        for (Map.Entry<String, Double> e : other.entrySet()) {
            int c = TermClass.of(e.getKey()).ordinal();
            norm[c] += e.getValue() * e.getValue();
            Double w = unit.get(e.getKey());
            if (w != null) {
                dot[c] += w * e.getValue();
            }
        }
        double[] cosine = new double[classes];
        for (int c = 0; c < classes; c++) {
            cosine[c] = norm[c] == 0 ? 0 : dot[c] / Math.sqrt(norm[c]);
        }
        return cosine;
    }

    /**
     * Days between two TimeML days; a day without year ({@code XXXX-04-20}) is taken in the other's
     * year, or in a leap year when neither has one. Unreadable values are 0 days apart.
     */
    static long days(String a, String b) {
        String year = !a.startsWith("X") ? a.substring(0, 4) : !b.startsWith("X") ? b.substring(0, 4) : "2000";
        try {
            LocalDate x = LocalDate.parse(a.startsWith("X") ? year + a.substring(4) : a);
            LocalDate y = LocalDate.parse(b.startsWith("X") ? year + b.substring(4) : b);
            return Math.abs(ChronoUnit.DAYS.between(x, y));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException unreadable) {
            return 0;
        }
    }
}
