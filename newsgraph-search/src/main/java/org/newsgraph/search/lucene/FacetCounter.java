package org.newsgraph.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
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

/**
 * Counts the facet values of the hits collected, read from each segment's facet doc values and
 * merged by value across segments. Lucene's own counting maps every segment's values to the whole
 * index's once per reader (seconds at millions of documents, and a million entity values) and
 * then looks through every value of a facet at each search; this costs what the hits hold.
 */
final class FacetCounter {

    private FacetCounter() {}

    /**
     * Each facet's values with their counts among the hits, each count multiplied by
     * {@code scale} and rounded (a sample's: one over its rate): the {@code most} values with most
     * hits, ties by value; the {@code all} facets every value, by value.
     */
    static Map<String, List<Counted>> count(FacetsCollector hits, double scale, List<String> facets, int most,
            List<String> all) throws IOException {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
            if (segment.totalHits > 0) {
                count(segment, counts);
            }
        }
        Map<String, List<Counted>> counted = new LinkedHashMap<>();
        for (String facet : facets) {
            Map<String, Integer> values = counts.get(facet);
            if (values == null) {
                continue;
            }
            List<Counted> listed = new ArrayList<>();
            values.forEach((value, n) -> listed.add(new Counted(value, (int) Math.min(Integer.MAX_VALUE, Math.round(n * scale)))));
            if (all.contains(facet)) {
                listed.sort(Comparator.comparing(Counted::value));
                counted.put(facet, listed);
            } else {
                listed.sort(Comparator.comparingInt(Counted::count).reversed().thenComparing(Counted::value));
                counted.put(facet, listed.subList(0, Math.min(most, listed.size())));
            }
        }
        return counted;
    }

    /** Adds one segment's hits' values to the counts by facet and value. */
    private static void count(FacetsCollector.MatchingDocs segment, Map<String, Map<String, Integer>> counts)
            throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment.context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        Map<Long, Integer> byOrd = new HashMap<>();
        DocIdSetIterator docs = segment.bits.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    byOrd.merge(values.nextOrd(), 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<Long, Integer> ord : byOrd.entrySet()) {
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord.getKey()).utf8ToString());
            if (path.length == 2) {
                counts.computeIfAbsent(path[0], f -> new HashMap<>()).merge(path[1], ord.getValue(), Integer::sum);
            }
        }
    }

    /** A value and how many hits have it. */
    record Counted(String value, int count) {}
}
