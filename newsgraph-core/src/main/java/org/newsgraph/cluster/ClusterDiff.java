package org.newsgraph.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.ClusterChange;

/**
 * The merges and splits that turn the clusters as stored into a partition decided again, under
 * the rules of lasting ids: a split keeps the id on its larger part and gives each other part a new
 * id, above every id given before; a merge keeps the older (smaller) id and the newer is never given
 * again. Splits come first, then merges, each a step that can be applied on its own.
 */
final class ClusterDiff {

    /** Why two sets of articles are, or are not, one event: the average-linkage probability and its reason. */
    interface Linkage {
        Verdict between(List<Long> a, List<Long> b);
    }

    /** What the linkage says of two parts. */
    record Verdict(double score, String reason) {}

    /**
     * One change, with the members (copies included) of both clusters after it: {@code fromAfter} is
     * empty for a merge.
     */
    record Step(ClusterChange change, List<Long> fromAfter, List<Long> intoAfter) {}

    private ClusterDiff() {}

    /**
     * @param current the cluster of each article of the window, as stored
     * @param target  the part of each of these articles as decided again (any labels)
     * @param weight  how much an article counts for "the larger part" (0 for copies)
     * @param nextId  the smallest id never given
     */
    static List<Step> steps(Map<Long, Long> current, Map<Long, Long> target, Map<Long, Integer> weight,
            long nextId, Linkage linkage) {
        if (!current.keySet().equals(target.keySet())) {
            throw new IllegalArgumentException("the partitions hold other articles");
        }
        Map<Long, List<Long>> clusters = new TreeMap<>();
        current.keySet().stream().sorted().forEach(a -> clusters.computeIfAbsent(current.get(a), k -> new ArrayList<>()).add(a));
        List<Step> steps = new ArrayList<>();
        long next = nextId;
        for (long id : List.copyOf(clusters.keySet())) {
            List<List<Long>> parts = parts(clusters.get(id), target);
            if (parts.size() < 2) {
                continue;
            }
            List<Long> keep = larger(parts, weight);
            List<Long> remaining = new ArrayList<>(clusters.get(id));
            for (List<Long> part : parts) {
                if (part == keep) {
                    continue;
                }
                remaining.removeAll(part);
                Verdict v = linkage.between(part, remaining);
                steps.add(new Step(new ClusterChange(ClusterChange.Kind.SPLIT, id, next, part, v.score(), v.reason()),
                        List.copyOf(remaining), part));
                clusters.put(next++, part);
            }
            clusters.put(id, remaining);
        }
        Map<Long, Set<Long>> byTarget = new LinkedHashMap<>();
        clusters.forEach((id, members) -> byTarget.computeIfAbsent(target.get(members.get(0)), k -> new HashSet<>()).add(id));
        for (Set<Long> ids : byTarget.values()) {
            List<Long> sorted = ids.stream().sorted().toList();
            long into = sorted.get(0);
            List<Long> kept = new ArrayList<>(clusters.get(into));
            for (long from : sorted.subList(1, sorted.size())) {
                List<Long> moved = clusters.remove(from);
                Verdict v = linkage.between(moved, kept);
                kept.addAll(moved);
                kept.sort(Comparator.naturalOrder());
                steps.add(new Step(new ClusterChange(ClusterChange.Kind.MERGE, from, into, moved, v.score(), v.reason()),
                        List.of(), List.copyOf(kept)));
            }
            clusters.put(into, kept);
        }
        return steps;
    }

    /** The cluster's members by their target part, parts in the order of their first article. */
    private static List<List<Long>> parts(List<Long> members, Map<Long, Long> target) {
        Map<Long, List<Long>> parts = new LinkedHashMap<>();
        for (long a : members) {
            parts.computeIfAbsent(target.get(a), k -> new ArrayList<>()).add(a);
        }
        return new ArrayList<>(parts.values());
    }

    /** The part that keeps the id: the heaviest, the one with the oldest article on a tie. */
    private static List<Long> larger(List<List<Long>> parts, Map<Long, Integer> weight) {
        List<Long> best = parts.get(0);
        for (List<Long> part : parts) {
            if (weigh(part, weight) > weigh(best, weight)) {
                best = part;
            }
        }
        return best;
    }

    private static int weigh(List<Long> part, Map<Long, Integer> weight) {
        return part.stream().mapToInt(a -> weight.getOrDefault(a, 1)).sum();
    }
}
