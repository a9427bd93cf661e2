package org.newsgraph.eval.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the pairs were lost: the gold entities split over most resolved entities' worth of pairs,
 * and the resolved entities that join most pairs of different gold entities, each shown as the
 * names on either side of the cut.
 */
final class PairDiagnosis {

    /** A scored item with the name it was written as. */
    record Named(PairwiseScore.Item item, String text) {}

    private PairDiagnosis() {}

    /** The {@code limit} gold entities with most gold pairs not predicted, and the names in each part. */
    static List<String> splits(List<Named> items, int limit) {
        return worst(items, i -> i.item().gold(), i -> i.item().predicted(), limit, "split");
    }

    /** The {@code limit} resolved entities with most predicted pairs not in the gold, and the names of each gold part. */
    static List<String> merges(List<Named> items, int limit) {
        return worst(items, i -> i.item().predicted(), i -> i.item().gold(), limit, "joined");
    }

    private static List<String> worst(List<Named> items, Function<Named, String> whole, Function<Named, String> part,
            int limit, String verb) {
        Map<String, Map<String, List<String>>> parts = new TreeMap<>();
        for (Named n : items) {
            parts.computeIfAbsent(whole.apply(n), k -> new TreeMap<>())
                    .computeIfAbsent(part.apply(n), k -> new ArrayList<>()).add(n.text());
        }
        return parts.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.comparingLong((Map.Entry<String, Map<String, List<String>>> e) -> lost(e.getValue()))
                        .reversed().thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> String.format(Locale.ROOT, "%s %s (%d pairs): %s", verb, e.getKey(), lost(e.getValue()),
                        e.getValue().values().stream().map(PairDiagnosis::names).collect(Collectors.joining(" | "))))
                .toList();
    }

    /** Pairs across the parts of one whole. */
    private static long lost(Map<String, List<String>> parts) {
        long all = parts.values().stream().mapToLong(List::size).sum();
        long within = parts.values().stream().mapToLong(p -> (long) p.size() * (p.size() - 1) / 2).sum();
        return all * (all - 1) / 2 - within;
    }

    private static String names(List<String> texts) {
        Map<String, Long> counts = texts.stream()
                .collect(Collectors.groupingBy(t -> t, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> e.getValue() > 1 ? e.getKey() + " x" + e.getValue() : e.getKey())
                .collect(Collectors.joining(", "));
    }
}
