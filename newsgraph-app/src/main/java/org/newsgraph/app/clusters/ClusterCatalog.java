package org.newsgraph.app.clusters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.ArticleHead;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.ClusterHistoryEntry;
import org.newsgraph.model.ClusterMerge;
import org.newsgraph.model.Placement;
import org.newsgraph.store.ArticleStore;

/**
 * The event clusters of a store as a user reads them: each with its members, their days and
 * outlets, and the reason each member was placed where it is. Read from the store as it is: an
 * article not placed yet (analyze places it at the end of its run) is in none.
 */
public final class ClusterCatalog {

    /** How many clusters a read of every cluster reads at a time. */
    private static final int PAGE = 1_000;

    private final List<ListedCluster> clusters;

    private ClusterCatalog(List<ListedCluster> clusters) {
        this.clusters = List.copyOf(clusters);
    }

    /** A catalog without clusters: what a read of part of a store lists. */
    public static ClusterCatalog none() {
        return new ClusterCatalog(List.of());
    }

    /** Every cluster of the store, read a page at a time by query ({@link #page}): no article's text. */
    public static ClusterCatalog of(ArticleStore store) {
        List<ListedCluster> listed = new ArrayList<>();
        Changes changes = Changes.of(store);
        for (int from = 0;; from += PAGE) {
            List<ListedCluster> page = page(store, 1, from, PAGE, changes);
            listed.addAll(page);
            if (page.size() < PAGE) {
                return new ClusterCatalog(listed);
            }
        }
    }

    /**
     * The clusters of at least {@code minSize} articles, oldest first, from the {@code from}-th on,
     * at most {@code count}: a range of the index of members by cluster, the members' placements by
     * the same index, and their heads (file, title, day, outlet) by the primary key; never a text.
     */
    public static List<ListedCluster> page(ArticleStore store, int minSize, int from, int count) {
        return page(store, minSize, from, count, Changes.of(store));
    }

    /** How many clusters have at least {@code minSize} articles: the index of members by cluster, counted. */
    public static int count(ArticleStore store, int minSize) {
        return store.eventClusters().countClustersWithMembers(minSize);
    }

    private static List<ListedCluster> page(ArticleStore store, int minSize, int from, int count, Changes changes) {
        List<Long> ids = store.eventClusters().clustersWithMembers(minSize, from, count);
        Map<Long, List<Placement>> byCluster = new LinkedHashMap<>();
        ids.forEach(id -> byCluster.put(id, new ArrayList<>()));
        List<Placement> placements = store.eventClusters().placementsOf(ids);
        placements.forEach(p -> byCluster.get(p.cluster()).add(p));
        Map<Long, ArticleHead> heads = heads(store, placements);
        List<ListedCluster> listed = new ArrayList<>();
        byCluster.forEach((id, members) -> listed.add(listed(id, members, heads, changes)));
        return listed;
    }

    /**
     * One cluster by its export id ({@code c3}), read by query: its members' placements and heads
     * alone (and the merges and history, which are small), not every article of the store.
     */
    public static Optional<ListedCluster> cluster(ArticleStore store, String exportId) {
        java.util.OptionalLong id = Placement.clusterId(exportId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<Placement> placements = store.eventClusters().placementsOf(id.getAsLong());
        if (placements.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(listed(id.getAsLong(), placements, heads(store, placements), Changes.of(store)));
    }

    private static Map<Long, ArticleHead> heads(ArticleStore store, List<Placement> placements) {
        Map<Long, ArticleHead> heads = new HashMap<>();
        store.heads(placements.stream().map(Placement::article).toList()).forEach(h -> heads.put(h.id(), h));
        return heads;
    }

    /** What merges and history say of clusters and of the articles they moved, as a member's reasons show it. */
    private record Changes(Map<Long, List<String>> merged, Map<Long, List<String>> history, Map<Long, String> moved) {

        static Changes of(ArticleStore store) {
            Map<Long, List<String>> merged = new LinkedHashMap<>();
            for (ClusterMerge m : store.eventClusters().merges()) {
                merged.computeIfAbsent(m.into(), c -> new ArrayList<>()).add(Placement.exportId(m.from()) + " (" + m.reason() + ")");
            }
            Map<Long, List<String>> history = new LinkedHashMap<>();
            Map<Long, String> moved = new LinkedHashMap<>();
            for (ClusterHistoryEntry e : store.eventClusters().history()) {
                ClusterChange c = e.change();
                String when = " (#" + e.seq() + ", " + e.at() + "): " + c.reason();
                String n = c.articles().size() + (c.articles().size() == 1 ? " article" : " articles");
                if (c.kind() == ClusterChange.Kind.MERGE) {
                    history.computeIfAbsent(c.into(), k -> new ArrayList<>())
                            .add("merged " + Placement.exportId(c.from()) + " into it, " + n + when);
                    c.articles().forEach(a -> moved.put(a, "merged from " + Placement.exportId(c.from()) + when));
                } else {
                    history.computeIfAbsent(c.from(), k -> new ArrayList<>())
                            .add("split " + Placement.exportId(c.into()) + " off it, " + n + when);
                    history.computeIfAbsent(c.into(), k -> new ArrayList<>())
                            .add("split from " + Placement.exportId(c.from()) + ", " + n + when);
                    c.articles().forEach(a -> moved.put(a, "split from " + Placement.exportId(c.from()) + when));
                }
            }
            return new Changes(merged, history, moved);
        }
    }

    /** Every cluster, oldest first. */
    public List<ListedCluster> clusters() {
        return clusters;
    }

    /** The cluster of this id ({@code c3}), if there is one. */
    public Optional<ListedCluster> cluster(String id) {
        return clusters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static ListedCluster listed(long id, List<Placement> placements, Map<Long, ArticleHead> heads,
            Changes changes) {
        List<String> merged = changes.merged().getOrDefault(id, List.of());
        List<String> history = changes.history().getOrDefault(id, List.of());
        Map<Long, String> moved = changes.moved();
        List<ListedCluster.Member> members = new ArrayList<>();
        for (Placement p : placements) {
            ArticleHead a = heads.get(p.article());
            members.add(new ListedCluster.Member(a.exportId(), a.file(), a.title(), a.published(), a.outlet(),
                    p.opened(), p.score(), p.reason(), moved.getOrDefault(p.article(), "")));
        }
        List<String> days = members.stream().map(ListedCluster.Member::published).filter(Objects::nonNull).sorted().toList();
        List<String> outlets = members.stream().map(ListedCluster.Member::outlet).filter(Objects::nonNull).distinct().toList();
        String title = members.stream().map(ListedCluster.Member::title).filter(Objects::nonNull).findFirst().orElse(null);
        return new ListedCluster(Placement.exportId(id), title, days.isEmpty() ? null : days.get(0),
                days.isEmpty() ? null : days.get(days.size() - 1), outlets, members, merged, history);
    }
}
