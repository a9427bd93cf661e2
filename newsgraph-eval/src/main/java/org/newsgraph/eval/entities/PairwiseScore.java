package org.newsgraph.eval.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.eval.score.F1;

/**
 * Clustering scored by pairs of items: a pair is predicted-same when both items were resolved to
 * one entity, gold-same when the gold gives them one entity. Precision is the share of
 * predicted-same pairs that are gold-same, recall the share of gold-same pairs that are found.
 * Counted from cluster sizes, so a corpus of any size scores in linear time.
 *
 * @param predicted pairs predicted-same
 * @param gold      pairs gold-same
 * @param agreed    pairs both predicted-same and gold-same
 */
public record PairwiseScore(long predicted, long gold, long agreed) {

    /** One scored item: the document it is in, its gold entity and the entity it was resolved to. */
    public record Item(String document, String gold, String predicted) {}

    /** Every pair of items. */
    public static PairwiseScore allPairs(List<Item> items) {
        return new PairwiseScore(pairs(items, Item::predicted), pairs(items, Item::gold),
                pairs(items, i -> i.gold() + '\u0000' + i.predicted()));
    }

    /** Pairs of items in the same document. */
    public static PairwiseScore sameDocument(List<Item> items) {
        return allPairs(items.stream()
                .map(i -> new Item(i.document(), i.document() + '\u0000' + i.gold(), i.document() + '\u0000' + i.predicted()))
                .toList());
    }

    /** Pairs of items in two different documents: what resolution across articles decides. */
    public static PairwiseScore crossDocument(List<Item> items) {
        PairwiseScore all = allPairs(items);
        PairwiseScore within = sameDocument(items);
        return new PairwiseScore(all.predicted - within.predicted, all.gold - within.gold, all.agreed - within.agreed);
    }

    /** With no pair predicted, nothing was wrongly joined: precision 1. */
    public double precision() {
        return predicted == 0 ? 1 : (double) agreed / predicted;
    }

    /** With no pair in the gold, nothing was missed: recall 1. */
    public double recall() {
        return gold == 0 ? 1 : (double) agreed / gold;
    }

    public double f1() {
        return F1.of(precision(), recall());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.4f R %.4f F1 %.4f (pairs: %d predicted, %d gold, %d both)",
                precision(), recall(), f1(), predicted, gold, agreed);
    }

    private static long pairs(List<Item> items, Function<Item, String> key) {
        Map<String, Long> sizes = new HashMap<>();
        items.forEach(i -> sizes.merge(key.apply(i), 1L, Long::sum));
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }
}
