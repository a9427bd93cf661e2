package org.newsgraph.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        Pairs pairs = pairs(window);
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
        Pairs pairs = pairs(window);
        boolean fromClusters = start == ReclusterRule.Start.CLUSTERS;
        List<Pairs.Join> joins = pairs.joins(thresholds.stream().mapToDouble(Double::doubleValue).min().orElse(1),
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
    private static Map<Long, Long> target(List<Member> window, Pairs pairs, int[] group) {
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

    private Pairs pairs(List<Member> window) {
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
        return new Pairs(ids, cluster, p, apart, alone, config.reportDays(), rule.threshold());
    }

    /** The probabilities of every pair of the window's profiled articles, and the pairs the week rules out. */
    private static final class Pairs {

        final long[] ids;
        final long[] cluster;
        final double[][] p;
        final boolean[][] apart;
        final List<ClusterProfile> alone;
        final int reportDays;
        final double threshold;
        final Map<Long, Integer> index = new HashMap<>();

        Pairs(long[] ids, long[] cluster, double[][] p, boolean[][] apart, List<ClusterProfile> alone, int reportDays,
                double threshold) {
            this.ids = ids;
            this.cluster = cluster;
            this.p = p;
            this.apart = apart;
            this.alone = alone;
            this.reportDays = reportDays;
            this.threshold = threshold;
            for (int i = 0; i < ids.length; i++) {
                index.put(ids[i], i);
            }
        }

        /** One join of average linkage: the first article of each part, and their mean probability. */
        record Join(int a, int b, double mean) {}

        /**
         * Greedy average linkage down to {@code floor}: the likeliest two parts whose pairs the week
         * allows, measured over {@code minPairs} pairs at least, join, in order. Its prefix down to a cut is what a run with that cut does, so one
         * run gives every cut at or above the floor.
         */
        List<Join> joins(double floor, boolean fromClusters, int minPairs) {
            int n = ids.length;
            List<List<Integer>> parts = new ArrayList<>();
            Map<Long, Integer> partOfCluster = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Integer part = fromClusters ? partOfCluster.get(cluster[i]) : null;
                if (part == null) {
                    part = parts.size();
                    parts.add(new ArrayList<>());
                    partOfCluster.put(cluster[i], part);
                }
                parts.get(part).add(i);
            }
            int k = parts.size();
            double[][] sum = new double[k][k];
            boolean[][] no = new boolean[k][k];
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    for (int i : parts.get(a)) {
                        for (int j : parts.get(b)) {
                            sum[a][b] += p[i][j];
                            no[a][b] |= apart[i][j];
                        }
                    }
                    sum[b][a] = sum[a][b];
                    no[b][a] = no[a][b];
                }
            }
            int[] size = new int[k];
            boolean[] alive = new boolean[k];
            for (int a = 0; a < k; a++) {
                size[a] = parts.get(a).size();
                alive[a] = true;
            }
            List<Join> joins = new ArrayList<>();
            while (true) {
                int ba = -1;
                int bb = -1;
                double best = -1;
                for (int a = 0; a < k; a++) {
                    if (!alive[a]) {
                        continue;
                    }
                    for (int b = a + 1; b < k; b++) {
                        if (alive[b] && !no[a][b] && size[a] * size[b] >= minPairs) {
                            double mean = sum[a][b] / ((double) size[a] * size[b]);
                            if (mean > best) {
                                best = mean;
                                ba = a;
                                bb = b;
                            }
                        }
                    }
                }
                if (ba < 0 || best < floor) {
                    return joins;
                }
                joins.add(new Join(parts.get(ba).get(0), parts.get(bb).get(0), best));
                alive[bb] = false;
                size[ba] += size[bb];
                for (int c = 0; c < k; c++) {
                    if (alive[c] && c != ba) {
                        sum[ba][c] = sum[c][ba] = sum[ba][c] + sum[bb][c];
                        no[ba][c] = no[c][ba] = no[ba][c] || no[bb][c];
                    }
                }
            }
        }

        /** Each article's part at this cut (by the smallest index in it), from the joins at or above it. */
        int[] cut(List<Join> joins, double threshold, boolean fromClusters) {
            int n = ids.length;
            int[] root = new int[n];
            for (int i = 0; i < n; i++) {
                root[i] = i;
            }
            if (fromClusters) {
                Map<Long, Integer> first = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    Integer opener = first.putIfAbsent(cluster[i], i);
                    if (opener != null) {
                        union(root, opener, i);
                    }
                }
            }
            for (Join j : joins) {
                if (j.mean() < threshold) {
                    break;
                }
                union(root, j.a(), j.b());
            }
            int[] part = new int[n];
            for (int i = 0; i < n; i++) {
                part[i] = find(root, i);
            }
            return part;
        }

        private static int find(int[] root, int i) {
            while (root[i] != i) {
                root[i] = root[root[i]];
                i = root[i];
            }
            return i;
        }

        /** Joins two parts under the smaller index. */
        private static void union(int[] root, int a, int b) {
            int x = find(root, a);
            int y = find(root, b);
            if (x != y) {
                root[Math.max(x, y)] = Math.min(x, y);
            }
        }

        /** The mean probability over the pairs of two sets of articles, and what parts them or joins them. */
        ClusterDiff.Verdict verdict(List<Long> a, List<Long> b) {
            double total = 0;
            int count = 0;
            String apartWhy = null;
            for (long x : a) {
                Integer i = index.get(x);
                for (long y : b) {
                    Integer j = index.get(y);
                    if (i == null || j == null) {
                        continue;
                    }
                    total += p[i][j];
                    count++;
                    if (apart[i][j] && apartWhy == null) {
                        String why = EventClusterer.ruledOut(alone.get(Math.max(i, j)).event(),
                                alone.get(Math.min(i, j)).event(), reportDays);
                        apartWhy = "ruled out: a" + ids[Math.min(i, j)]
                                + " and a" + ids[Math.max(i, j)] + " " + why;
                    }
                }
            }
            double mean = count == 0 ? 0 : total / count;
            String reason = String.format(Locale.ROOT, "average linkage p %.3f over %d %s %s %.3f", mean, count,
                    count == 1 ? "pair" : "pairs",
                    mean >= threshold ? ">=" : "<", threshold);
            return new ClusterDiff.Verdict(mean, apartWhy == null ? reason : reason + "; " + apartWhy);
        }
    }
}
