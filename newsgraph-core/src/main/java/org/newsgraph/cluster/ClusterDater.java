package org.newsgraph.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.StoredArticle;

/**
 * Dates the undated articles of a cluster by its dated ones: an article on the same event as
 * dated reports was published about when they were. The earliest dated report gives the day,
 * with basis {@link Basis#CLUSTER} and a confidence below its own. A cluster with no dated
 * report dates nothing.
 */
public final class ClusterDater {

    /** How much of the dated report's confidence an undated one inherits. */
    static final double INHERITED = 0.6;

    /**
     * @param clusterOf the cluster of each placed article
     * @return the inferred publication date of each undated article that a dated report vouches for
     */
    public Map<Long, PublicationDate> date(List<StoredArticle> articles, Map<Long, Long> clusterOf) {
        return date(articles, clusterOf, earliest(articles, clusterOf));
    }

    /** The earliest dated report of each cluster of these articles, by day, on a tie the first. */
    private static Map<Long, PublicationDate> earliest(List<StoredArticle> articles, Map<Long, Long> clusterOf) {
        Map<Long, PublicationDate> earliest = new HashMap<>();
        for (StoredArticle s : articles) {
            PublicationDate p = s.article().source().published();
            Long cluster = clusterOf.get(s.id());
            if (cluster != null && p.isKnown()) {
                earliest.merge(cluster, p, (a, b) -> b.day().compareTo(a.day()) < 0 ? b : a);
            }
        }
        return earliest;
    }

    private static Map<Long, PublicationDate> date(List<StoredArticle> articles, Map<Long, Long> clusterOf,
            Map<Long, PublicationDate> earliest) {
        Map<Long, PublicationDate> inferred = new HashMap<>();
        for (StoredArticle s : articles) {
            Long cluster = clusterOf.get(s.id());
            PublicationDate from = cluster == null ? null : earliest.get(cluster);
            if (from != null && !s.article().source().published().isKnown()) {
                inferred.put(s.id(), new PublicationDate(from.day(), Basis.CLUSTER, from.confidence() * INHERITED));
            }
        }
        return inferred;
    }

    /** The articles, those without a date of their own dated by their cluster where it can. */
    public List<StoredArticle> dated(List<StoredArticle> articles, Map<Long, Long> clusterOf) {
        return dated(articles, clusterOf, earliest(articles, clusterOf));
    }

    /**
     * Some articles of the corpus, those without a date of their own dated by their cluster where it
     * can, when the earliest dated report of each of their clusters is known already (the store's
     * {@code earliestPublished}): a page of a corpus is dated without the rest of it.
     *
     * @param clusterOf the cluster of each of these articles that is placed
     * @param earliest  the earliest dated report of each of their clusters that has one
     */
    public List<StoredArticle> dated(List<StoredArticle> articles, Map<Long, Long> clusterOf,
            Map<Long, PublicationDate> earliest) {
        Map<Long, PublicationDate> inferred = date(articles, clusterOf, earliest);
        return articles.stream()
                .map(s -> inferred.containsKey(s.id())
                        ? new StoredArticle(s.id(), s.article().withPublished(inferred.get(s.id()))) : s)
                .toList();
    }
}
