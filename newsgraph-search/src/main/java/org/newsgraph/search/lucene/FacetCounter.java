package org.newsgraph.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Counts the facet values of the hits collected, read from each segment's facet doc values and
 * merged by value across segments. Lucene's own counting maps every segment's values to the whole
 * index's once per reader (seconds at millions of documents, and a million entity values) and
 * looks through every value of a facet at each search; this costs what the hits hold. A segment's
 * values of one facet are one run of its sorted values, so only the values listed are read as text.
 */
final class FacetCounter {

    private final List<String> facets;
    private final int most;
    private final List<String> all;

    /**
     * @param facets the facets counted, in the order listed
     * @param most   how many values of a facet are listed: those with most hits, ties by value
     * @param all    the facets listed whole, by value
     */
    FacetCounter(List<String> facets, int most, List<String> all) {
        this.facets = List.copyOf(facets);
        this.most = most;
        this.all = List.copyOf(all);
    }

    /**
     * Each facet's values with their counts among the hits, each count multiplied by
     * {@code scale} and rounded (a sample's: one over its rate). Exact when {@code sampled} is
     * false; on a sample each segment gives only its own most frequent values (twice as many as
     * listed), so a value frequent in the whole index but in no segment's top may be left out.
     */
    Map<String, List<Counted>> count(FacetsCollector hits, double scale, boolean sampled) throws IOException {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
            if (segment.totalHits > 0) {
                count(segment, sampled, counts);
            }
        }
        Map<String, List<Counted>> counted = new LinkedHashMap<>();
        for (String facet : facets) {
            Map<String, Integer> values = counts.get(facet);
            if (values == null || values.isEmpty()) {
                continue;
            }
            List<Counted> listed = new ArrayList<>();
            values.forEach((value, n) -> listed.add(new Counted(value, (int) Math.min(Integer.MAX_VALUE, Math.round(n * scale)))));
            if (all.contains(facet)) {
                listed.sort(Comparator.comparing(Counted::value));
                counted.put(facet, listed);
            } else {
                listed.sort(Comparator.comparingInt(Counted::count).reversed().thenComparing(Counted::value));
                counted.put(facet, List.copyOf(listed.subList(0, Math.min(most, listed.size()))));
            }
        }
        return counted;
    }

    /** Adds one segment's hits' values to the counts by facet and value. */
    private void count(FacetsCollector.MatchingDocs segment, boolean sampled, Map<String, Map<String, Integer>> counts)
            throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment.context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        long[] ords = new long[1024];
        int n = 0;
        DocIdSetIterator docs = segment.bits.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (values.advanceExact(doc)) {
                ords = ArrayUtil.grow(ords, n + values.docValueCount());
                for (int i = 0; i < values.docValueCount(); i++) {
                    ords[n++] = values.nextOrd();
                }
            }
        }
        Arrays.sort(ords, 0, n);
        for (String facet : facets) {
            long first = start(values, facet + FacetsConfig.DELIM_CHAR);
            long end = start(values, facet + (char) (FacetsConfig.DELIM_CHAR + 1));
            Runs runs = Runs.of(ords, n, first, end);
            int listed = all.contains(facet) || !sampled ? runs.size : 2 * most;
            Map<String, Integer> byValue = counts.computeIfAbsent(facet, f -> new HashMap<>());
            for (int i : runs.most(listed)) {
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(runs.ords[i]).utf8ToString());
                byValue.merge(path[path.length - 1], runs.counts[i], Integer::sum);
            }
        }
    }

    /** The first value at or after {@code prefix} in a segment's sorted values. */
    private static long start(SortedSetDocValues values, String prefix) throws IOException {
        long at = values.lookupTerm(new BytesRef(prefix));
        return at >= 0 ? at : -at - 1;
    }

    /** The distinct values of one facet among a segment's hits (sorted), with how many hits have each. */
    private record Runs(long[] ords, int[] counts, int size) {

        static Runs of(long[] sorted, int n, long first, long end) {
            int from = Arrays.binarySearch(sorted, 0, n, first);
            from = from >= 0 ? firstOf(sorted, from) : -from - 1;
            long[] ords = new long[16];
            int[] counts = new int[16];
            int size = 0;
            for (int i = from; i < n && sorted[i] < end; i++) {
                if (size > 0 && ords[size - 1] == sorted[i]) {
                    counts[size - 1]++;
                } else {
                    ords = ArrayUtil.grow(ords, size + 1);
                    counts = ArrayUtil.grow(counts, size + 1);
                    ords[size] = sorted[i];
                    counts[size++] = 1;
                }
            }
            return new Runs(ords, counts, size);
        }

        private static int firstOf(long[] sorted, int at) {
            while (at > 0 && sorted[at - 1] == sorted[at]) {
                at--;
            }
            return at;
        }

        /** The indexes of the {@code k} values with most hits (ties: the first values), in value order. */
        int[] most(int k) {
            if (k >= size) {
                return java.util.stream.IntStream.range(0, size).toArray();
            }
            int[] byCount = new int[Arrays.stream(counts, 0, size).max().orElse(0) + 2];
            for (int i = 0; i < size; i++) {
                byCount[counts[i]]++;
            }
            int least = byCount.length - 1;
            for (int taken = 0; least > 0 && taken + byCount[least] < k; least--) {
                taken += byCount[least];
            }
            int[] chosen = new int[k];
            int c = 0;
            int atLeast = 0;
            for (int i = 0; i < size; i++) {
                if (counts[i] > least) {
                    atLeast++;
                }
            }
            int ties = k - atLeast;
            for (int i = 0; i < size && c < k; i++) {
                if (counts[i] > least || (counts[i] == least && ties-- > 0)) {
                    chosen[c++] = i;
                }
            }
            return Arrays.copyOf(chosen, c);
        }
    }

    /** A value and how many hits have it. */
    record Counted(String value, int count) {}
}
