package org.newsgraph.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.store.EventClusters;

/**
 * Decides the clusters of a window of articles again, with average linkage over every pair of them,
 * fixing what the order of arrival got wrong. Each two articles are compared as placement compares an
 * article with a cluster of one (the {@link LinkModel}); two parts join while the mean probability
 * over their pairs is at or above the {@link ReclusterRule}'s threshold, likeliest first, and never
 * when the rule of the week rules out one of their pairs. The difference from the clusters as stored
 * is applied as merges and splits under lasting ids ({@link ClusterDiff}), each on its own, so that
 * a run stopped half-way leaves whole clusters and a run again finishes the work.
 */
public final class Reclusterer {

    private final EventClusters clusters;
    private final ClusterConfig config;
    private final ReclusterRule rule;

    public Reclusterer(EventClusters clusters, ClusterConfig config, ReclusterRule rule) {
        this.clusters = clusters;
        this.config = config;
        this.rule = rule;
    }

    /**
     * One article of the window: its cluster as stored, and its profile, or none for a copy, which
     * goes where the article it copies goes ({@code copyOf}), else stays with its cluster's larger part.
     */
    public record Member(long article, long cluster, ArticleProfile profile, Long copyOf) {}

    /** What a run decided: how many clusters it looked at, and the changes in the order to apply them. */
    public record Plan(int clustersLookedAt, List<Change> changes) {}

    /** One change with the members of both clusters after it ({@code fromAfter} empty for a merge). */
    public record Change(ClusterChange change, List<Long> fromAfter, List<Long> intoAfter) {}

    /** The changes that make the window's clusters what average linkage decides. */
    public Plan plan(List<Member> window) {
        AverageLinkage pairs = pairs(window);
        boolean fromClusters = rule.start() == ReclusterRule.Start.CLUSTERS;
        Map<Long, Long> target = target(window, pairs,
                pairs.cut(pairs.joins(rule.threshold(), fromClusters, rule.minPairs()), rule.threshold(), fromClusters));
        Map<Long, Long> current = new LinkedHashMap<>();
        Map<Long, Integer> weight = new HashMap<>();
        for (Member m : window) {
            current.put(m.article(), m.cluster());
            weight.put(m.article(), m.profile() == null ? 0 : 1);
        }
        List<Change> changes = ClusterDiff.steps(current, target, weight, clusters.nextId(), pairs::verdict).stream()
                .map(s -> new Change(s.change(), s.fromAfter(), s.intoAfter())).toList();
        return new Plan((int) current.values().stream().distinct().count(), changes);
    }

    /**
     * The window's partition as average linkage decides it at each of these thresholds, for fitting
     * the rule: article to part.
     */
    public List<Map<Long, Long>> partitions(List<Member> window, ReclusterRule.Start start, int minPairs,
            List<Double> thresholds) {
        AverageLinkage pairs = pairs(window);
        boolean fromClusters = start == ReclusterRule.Start.CLUSTERS;
        List<AverageLinkage.Join> joins = pairs.joins(thresholds.stream().mapToDouble(Double::doubleValue).min().orElse(1),
                fromClusters, minPairs);
        List<Map<Long, Long>> all = new ArrayList<>();
        for (double t : thresholds) {
            all.add(target(window, pairs, pairs.cut(joins, t, fromClusters)));
        }
        return all;
    }

    /** Applies one change to the stored clusters, with both clusters' profiles made again from their members. */
    public void apply(Change change, Map<Long, ArticleProfile> profiles) {
        ClusterChange c = change.change();
        List<ClusterProfile> after = new ArrayList<>();
        if (c.kind() == ClusterChange.Kind.SPLIT) {
            after.add(profile(c.from(), change.fromAfter(), profiles));
        }
        after.add(profile(c.into(), change.intoAfter(), profiles));
        Map<Long, List<String>> keys = new HashMap<>();
        after.forEach(p -> keys.put(p.id(), EventClusterer.strongest(p.terms(), config.clusterKeys())));
        clusters.change(c, after, keys);
    }

    /** A cluster's profile from its members' profiles (copies left out), weighed by today's frequencies. */
    private ClusterProfile profile(long id, List<Long> members, Map<Long, ArticleProfile> profiles) {
        List<ArticleProfile> profiled = members.stream().sorted().map(profiles::get).filter(p -> p != null).toList();
        if (profiled.isEmpty()) {
            throw new IllegalStateException("cluster c" + id + " would hold copies only: " + members);
        }
        Map<String, Integer> df = clusters.documentFrequencies(terms(profiled));
        int n = clusters.profiledArticles() + 1;
        ClusterProfile sum = null;
        for (ArticleProfile a : profiled) {
            ClusterProfile one = new ClusterProfile(id, 1, TermWeights.weigh(a.terms(), df, n), a.event(), a.embedding());
            sum = sum == null ? one : EventClusterer.combine(sum, one, config.profileTerms());
        }
        return new ClusterProfile(id, sum.size(), EventClusterer.top(sum.terms(), config.profileTerms()), sum.event(),
                sum.embedding());
    }

    private static Set<String> terms(Collection<ArticleProfile> profiles) {
        Set<String> all = new HashSet<>();
        profiles.forEach(p -> all.addAll(p.terms().keySet()));
        return all;
    }

    /** The part of every member: average linkage over the profiled ones, copies after their originals. */
    private static Map<Long, Long> target(List<Member> window, AverageLinkage pairs, int[] group) {
        Map<Long, Long> target = new LinkedHashMap<>();
        for (int i = 0; i < pairs.ids.length; i++) {
            target.put(pairs.ids[i], pairs.ids[group[i]]);
        }
        Map<Long, Map<Long, Integer>> partsOfCluster = new HashMap<>();
        for (Member m : window) {
            if (m.profile() != null) {
                partsOfCluster.computeIfAbsent(m.cluster(), k -> new HashMap<>()).merge(target.get(m.article()), 1, Integer::sum);
            }
        }
        for (Member m : window) {
            if (m.profile() == null) {
                Long original = m.copyOf() == null ? null : target.get(m.copyOf());
                target.put(m.article(), original != null ? original : largest(partsOfCluster.get(m.cluster()), m));
            }
        }
        return target;
    }

    private static long largest(Map<Long, Integer> parts, Member copy) {
        if (parts == null) {
            return -copy.cluster() - 1; // a cluster of copies only: it stays as it is
        }
        return parts.entrySet().stream()
                .max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey((a, b) -> Long.compare(b, a))))
                .orElseThrow().getKey();
    }

    private AverageLinkage pairs(List<Member> window) {
        List<Member> profiled = window.stream().filter(m -> m.profile() != null)
                .sorted(java.util.Comparator.comparingLong(Member::article)).toList();
        Map<String, Integer> df = clusters.documentFrequencies(terms(profiled.stream().map(Member::profile).toList()));
        int n = clusters.profiledArticles() + 1;
        int size = profiled.size();
        long[] ids = new long[size];
        long[] cluster = new long[size];
        List<Map<String, Double>> vectors = new ArrayList<>();
        List<ClusterProfile> alone = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Member m = profiled.get(i);
            ids[i] = m.article();
            cluster[i] = m.cluster();
            Map<String, Double> v = TermWeights.weigh(m.profile().terms(), df, n);
            vectors.add(v);
            alone.add(new ClusterProfile(m.article(), 1, EventClusterer.top(v, config.profileTerms()), m.profile().event(),
                    m.profile().embedding()));
        }
        double[][] p = new double[size][size];
        boolean[][] apart = new boolean[size][size];
        for (int j = 0; j < size; j++) {
            ArticleProfile later = profiled.get(j).profile();
            for (int i = 0; i < j; i++) {
                double[] x = LinkFeatures.measure(vectors.get(j), later.embedding(), later.event(), alone.get(i));
                p[i][j] = p[j][i] = config.model().probability(x);
                String why = EventClusterer.ruledOut(later.event(), alone.get(i).event(), config.reportDays());
                apart[i][j] = apart[j][i] = why != null;
            }
        }
        return new AverageLinkage(ids, cluster, p, apart, alone, config.reportDays(), rule.threshold());
    }
}
