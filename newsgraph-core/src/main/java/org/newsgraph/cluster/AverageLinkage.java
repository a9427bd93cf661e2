package org.newsgraph.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.ClusterProfile;

/**
 * The link model's probability for every pair of a window's profiled articles, and the pairs the rule
 * of the week rules out; greedy average linkage over them, cut at any threshold; and the verdict on
 * two sets of articles that a merge or split records.
 */
final class AverageLinkage {

    final long[] ids;
    final long[] cluster;
    final double[][] p;
    final boolean[][] apart;
    final List<ClusterProfile> alone;
    final int reportDays;
    final double threshold;
    final Map<Long, Integer> index = new HashMap<>();

    AverageLinkage(long[] ids, long[] cluster, double[][] p, boolean[][] apart, List<ClusterProfile> alone, int reportDays,
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
