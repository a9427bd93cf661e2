package org.newsgraph.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.ClusterHistoryEntry;
import org.newsgraph.model.ClusterMerge;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.Placement;
import org.newsgraph.store.EventClusters;

/** Event clusters in memory: the store's contract without a database, for tests and one-off runs. */
public final class InMemoryEventClusters implements EventClusters {

    private final Map<Long, Placement> placements = new TreeMap<>();
    private final Set<Long> copies = new HashSet<>();
    private final Map<Long, ClusterProfile> profiles = new HashMap<>();
    private final Map<String, Set<Long>> keys = new HashMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final List<ClusterMerge> merges = new ArrayList<>();
    private final List<ClusterHistoryEntry> history = new ArrayList<>();
    private long next = 1;

    @Override
    public Map<Long, Long> assignment() {
        Map<Long, Long> all = new LinkedHashMap<>();
        placements.forEach((article, p) -> all.put(article, p.cluster()));
        return all;
    }

    @Override
    public Optional<Long> clusterOf(long article) {
        return Optional.ofNullable(placements.get(article)).map(Placement::cluster);
    }

    @Override
    public int profiledArticles() {
        return placements.size() - copies.size();
    }

    @Override
    public Map<String, Integer> documentFrequencies(Collection<String> terms) {
        Map<String, Integer> found = new HashMap<>();
        for (String t : terms) {
            if (df.containsKey(t)) {
                found.put(t, df.get(t));
            }
        }
        return found;
    }

    @Override
    public List<Long> candidates(Collection<String> query, DatePeriod lastPublished, int limit) {
        Map<Long, Integer> shared = new HashMap<>();
        for (String key : new HashSet<>(query)) {
            for (long cluster : keys.getOrDefault(key, Set.of())) {
                if (lastPublished == null || within(profiles.get(cluster).event(), lastPublished)) {
                    shared.merge(cluster, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.<Long, Integer>comparingByKey(Comparator.reverseOrder())))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static boolean within(EventSignature event, DatePeriod window) {
        if (!event.publishedStated()) {
            return true;
        }
        return DatePeriod.of(event.lastPublished()).map(window::contains).orElse(true);
    }

    @Override
    public ClusterProfile profile(long cluster) {
        ClusterProfile p = profiles.get(cluster);
        if (p == null) {
            throw new IllegalArgumentException("no cluster " + cluster);
        }
        return p;
    }

    @Override
    public long nextId() {
        return next;
    }

    @Override
    public void place(Placement placement, ClusterProfile updated, Collection<String> clusterKeys,
            Collection<String> articleTerms) {
        if (placements.containsKey(placement.article())) {
            throw new IllegalStateException("article " + placement.article() + " is placed already");
        }
        placements.put(placement.article(), placement);
        profiles.put(updated.id(), updated);
        next = Math.max(next, updated.id() + 1);
        keys.values().forEach(ids -> ids.remove(updated.id()));
        for (String key : clusterKeys) {
            keys.computeIfAbsent(key, k -> new HashSet<>()).add(updated.id());
        }
        for (String term : new HashSet<>(articleTerms)) {
            df.merge(term, 1, Integer::sum);
        }
    }

    @Override
    public void merge(ClusterMerge merge, ClusterProfile into, Collection<String> clusterKeys) {
        if (!profiles.containsKey(merge.from()) || !profiles.containsKey(merge.into()) || into.id() != merge.into()) {
            throw new IllegalArgumentException("no such clusters to merge: " + merge);
        }
        List<Long> moved = movedBy(merge);
        placements.replaceAll((article, p) -> p.cluster() == merge.from()
                ? new Placement(article, merge.into(), false, p.score(), p.reason()) : p);
        profiles.remove(merge.from());
        profiles.put(into.id(), into);
        keys.values().forEach(ids -> {
            ids.remove(merge.from());
            ids.remove(into.id());
        });
        for (String key : clusterKeys) {
            keys.computeIfAbsent(key, k -> new HashSet<>()).add(into.id());
        }
        merges.add(merge);
        history.add(new ClusterHistoryEntry(history.size() + 1, java.time.Instant.now().toString(),
                new ClusterChange(ClusterChange.Kind.MERGE, merge.from(), merge.into(), moved, merge.score(),
                        merge.reason())));
    }

    private List<Long> movedBy(ClusterMerge merge) {
        List<Long> moved = new ArrayList<>();
        placements.forEach((article, p) -> {
            if (p.cluster() == merge.from()) {
                moved.add(article);
            }
        });
        return moved;
    }

    @Override
    public void change(ClusterChange change, List<ClusterProfile> after, Map<Long, List<String>> clusterKeys) {
        if (!profiles.containsKey(change.from())
                || (change.kind() == ClusterChange.Kind.MERGE) != profiles.containsKey(change.into())
                || change.kind() == ClusterChange.Kind.SPLIT && change.into() < next) {
            throw new IllegalArgumentException("cannot apply " + change);
        }
        Set<Long> moved = Set.copyOf(change.articles());
        placements.replaceAll((article, p) -> moved.contains(article)
                ? new Placement(article, change.into(), p.opened(), p.score(), p.reason()) : p);
        if (change.kind() == ClusterChange.Kind.MERGE) {
            profiles.remove(change.from());
            merges.add(new ClusterMerge(change.from(), change.into(), change.score(), change.reason()));
        }
        keys.values().forEach(ids -> {
            ids.remove(change.from());
            ids.remove(change.into());
        });
        for (ClusterProfile p : after) {
            profiles.put(p.id(), p);
            next = Math.max(next, p.id() + 1);
            for (String key : clusterKeys.getOrDefault(p.id(), List.of())) {
                keys.computeIfAbsent(key, k -> new HashSet<>()).add(p.id());
            }
        }
        history.add(new ClusterHistoryEntry(history.size() + 1, java.time.Instant.now().toString(), change));
    }

    @Override
    public List<ClusterHistoryEntry> history() {
        return List.copyOf(history);
    }

    @Override
    public List<ClusterMerge> merges() {
        return List.copyOf(merges);
    }

    @Override
    public List<Long> clusterIds() {
        return profiles.keySet().stream().sorted().toList();
    }

    @Override
    public void placeCopy(long article, long cluster) {
        placements.put(article, new Placement(article, cluster, false, 1.0, "copy"));
        copies.add(article);
    }

    /** False: this table does not see the stored articles, so the updater always looks at them. */
    @Override
    public boolean placesEveryArticle() {
        return false;
    }

    @Override
    public List<Placement> placements() {
        return new ArrayList<>(placements.values());
    }

    @Override
    public List<Placement> placementsOf(long cluster) {
        return placements.values().stream().filter(p -> p.cluster() == cluster).sorted(java.util.Comparator.comparingLong(Placement::article)).toList();
    }
}
