package org.newsgraph.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.pipeline.DataFile;

/**
 * How a window of clusters is decided again by average linkage ({@link Reclusterer}): where the
 * linkage starts, and the least average probability over the pairs of two parts at which they are
 * one event. Fitted, never set by hand: {@code recluster.tsv} beside this class says how it was
 * made, and {@code scripts/fit-recluster} fits it again.
 *
 * @param start     whether the linkage starts from every article alone (it may then split clusters as
 *                  well as merge them) or from the clusters as placed (it only merges)
 * @param threshold the least average-linkage probability at which two parts join
 * @param minPairs  the fewest pairs of articles a join's linkage must be measured over: two lone
 *                  articles (one pair) were judged already when the later was placed, by the same
 *                  model at its own threshold, and a join of more evidence may take a lower cut
 * @param analyze   whether {@code analyze} reclusters the window of its articles after placing them
 */
public record ReclusterRule(Start start, double threshold, int minPairs, boolean analyze) {

    static final String BUNDLED = "recluster.tsv";

    /** Where average linkage starts. */
    public enum Start {
        /** Every article alone: the window's clusters are decided again from nothing. */
        ARTICLES,
        /** The clusters as placed: only merges, of clusters whose articles are alike on average. */
        CLUSTERS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ReclusterRule {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("a threshold is a probability in (0, 1]: " + threshold);
        }
        if (minPairs < 1) {
            throw new IllegalArgumentException("a join is measured over one pair at least: " + minPairs);
        }
    }

    /** The rule that ships with newsgraph, read once. */
    public static ReclusterRule bundled() {
        return Bundled.RULE;
    }

    /** The rule as its file holds it: {@code name<TAB>value} lines after the header. */
    public String lines() {
        return "start\t" + start.key() + "\nthreshold\t" + String.format(Locale.ROOT, "%.4f", threshold)
                + "\nmin_pairs\t" + minPairs + "\nanalyze\t" + analyze + "\n";
    }

    private static ReclusterRule read() {
        Map<String, String> values = new HashMap<>();
        DataFile.read(ReclusterRule.class, BUNDLED, (line, entry) -> {
            String[] parts = entry.split("\t");
            if (parts.length != 2) {
                throw DataFile.fault(BUNDLED, line, "expected name<TAB>value: " + entry);
            }
            values.put(parts[0].strip(), parts[1].strip());
        });
        try {
            return new ReclusterRule(Start.valueOf(values.get("start").toUpperCase(Locale.ROOT)),
                    Double.parseDouble(values.get("threshold")), Integer.parseInt(values.getOrDefault("min_pairs", "1")),
                    Boolean.parseBoolean(values.get("analyze")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(BUNDLED + ": needs start (articles|clusters), threshold, min_pairs and analyze: "
                    + values, e);
        }
    }

    private static final class Bundled {
        static final ReclusterRule RULE = read();
    }
}
