package org.newsgraph.store;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.ClusterHistoryEntry;
import org.newsgraph.model.ClusterMerge;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.Placement;

/**
 * The clusters of articles on one event, kept beside the articles: which cluster each article
 * is in, each cluster's profile, an index from terms to the clusters they are strong in (so a new
 * article is compared with a few candidates, not the whole corpus), and the document frequencies
 * of terms. Ids are never reused and never go backwards; an article changes cluster only by a merge
 * or a split, each kept in the history.
 */
public interface EventClusters {

    /** Which cluster each placed article is in. */
    Map<Long, Long> assignment();

    /** Which cluster each of these articles is in; articles not placed are left out. */
    default Map<Long, Long> assignment(Collection<Long> articles) {
        Map<Long, Long> all = assignment();
        Map<Long, Long> some = new HashMap<>();
        articles.stream().filter(all::containsKey).forEach(a -> some.put(a, all.get(a)));
        return some;
    }

    /** The articles placed in one cluster (copies included), in id order. */
    default List<Long> members(long cluster) {
        return assignment().entrySet().stream().filter(e -> e.getValue() == cluster).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /** The cluster of one article, if it has been placed. */
    Optional<Long> clusterOf(long article);

    /** How many articles have been profiled: the N of inverse document frequencies. */
    int profiledArticles();

    /** How many profiled articles hold each term; a term in none is absent from the map. */
    Map<String, Integer> documentFrequencies(Collection<String> terms);

    /**
     * The clusters whose strongest terms include the most of these keys, most shared first, then
     * newest first; at most {@code limit}. With a window, only clusters whose latest report was
     * published in it, by a day its source states, and clusters without such a day: an index
     * ordered by that day finds them without reading the clusters of other weeks, so the cost does
     * not grow with the store. Without one (null), every cluster.
     */
    List<Long> candidates(Collection<String> keys, DatePeriod lastPublished, int limit);

    /** One cluster's profile. */
    ClusterProfile profile(long cluster);

    /** The smallest id never given to a cluster. */
    long nextId();

    /**
     * In one transaction: places a profiled article, stores its cluster's new profile, makes
     * {@code keys} the cluster's index keys, and counts {@code articleTerms} once each in the
     * document frequencies.
     */
    void place(Placement placement, ClusterProfile updated, Collection<String> keys, Collection<String> articleTerms);

    /**
     * In one transaction: moves every article of cluster {@code merge.from()} into
     * {@code merge.into()}, stores the merged profile ({@code into}'s id) and its index keys, drops
     * {@code from} from the index, and records the merge. {@code from} is never given again.
     */
    void merge(ClusterMerge merge, ClusterProfile into, Collection<String> keys);

    /**
     * In one transaction: applies a merge or a split ({@link ClusterChange}) and records it in the
     * history. The articles of {@code change.articles()} move to {@code change.into()}; {@code after}
     * holds the new profiles of the clusters still standing ({@code into}, and {@code from} after a
     * split), {@code keys} their index keys. A merge ends {@code from} for good; a split gives the
     * moved part {@code into}, which must be an id never given before.
     */
    void change(ClusterChange change, List<ClusterProfile> after, Map<Long, List<String>> keys);

    /** Every merge and split, in the order made. */
    List<ClusterHistoryEntry> history();

    /** Every merge, oldest first. */
    List<ClusterMerge> merges();

    /** The clusters still standing (not merged into another), oldest first. */
    List<Long> clusterIds();

    /** Places a copy of an article in its original's cluster, leaving profiles and counts alone. */
    void placeCopy(long article, long cluster);

    /** Every placement in article order, with its score and reason. */
    List<Placement> placements();

    /** The placements of one cluster's members in article order (by the index of members by cluster); none for no such cluster. */
    List<Placement> placementsOf(long cluster);

    /** The placements of the members of these clusters, in article order; none for clusters that have none. */
    default List<Placement> placementsOf(Collection<Long> clusters) {
        return clusters.stream().distinct().flatMap(c -> placementsOf(c).stream())
                .sorted(Comparator.comparingLong(Placement::article)).toList();
    }

    /**
     * The clusters that have at least {@code minSize} members (copies included), in id order, from
     * the {@code from}-th such cluster on, at most {@code count}: the clusters a listing shows a page of.
     */
    default List<Long> clustersWithMembers(int minSize, int from, int count) {
        return sizes(minSize).keySet().stream().skip(from).limit(count).toList();
    }

    /** How many clusters have at least {@code minSize} members (copies included). */
    default int countClustersWithMembers(int minSize) {
        return sizes(minSize).size();
    }

    private Map<Long, Integer> sizes(int minSize) {
        Map<Long, Integer> sizes = new TreeMap<>();
        placements().forEach(p -> sizes.merge(p.cluster(), 1, Integer::sum));
        sizes.values().removeIf(n -> n < minSize);
        return sizes;
    }

    /**
     * Whether every stored article that can be placed is in a cluster: each {@code ok} article,
     * and each copy whose original is placed. Then there is nothing to place, and nothing needs
     * reading. A table that does not see the stored articles answers false.
     */
    boolean placesEveryArticle();

    /**
     * The stored articles that may still be owed a placement, in id order: each {@code ok} article
     * and each copy not in a cluster (a copy is placed once its original is), found without reading
     * the articles; empty when this table does not see the stored articles, and then the updater
     * looks at every article.
     */
    default Optional<List<Long>> unplaced() {
        return Optional.empty();
    }
}
