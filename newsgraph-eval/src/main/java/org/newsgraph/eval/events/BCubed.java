package org.newsgraph.eval.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.eval.score.F1;

/**
 * B-cubed (Bagga and Baldwin 1998) of a predicted partition against the gold one over the same
 * items: for each item, the share of its predicted cluster that is in its gold cluster
 * (precision) and the share of its gold cluster found in its predicted cluster (recall), both
 * averaged over items. Counted from cluster sizes, so it takes linear time.
 *
 * @param items how many items were scored; with none, nothing is wrong: precision and recall 1
 */
public record BCubed(double precision, double recall, int items) {

    public static BCubed of(Partition predicted, Partition gold) {
        requireSameItems(predicted, gold);
        Map<String, Integer> predictedSize = sizes(predicted.clusterOf());
        Map<String, Integer> goldSize = sizes(gold.clusterOf());
        Map<String, Integer> shared = new HashMap<>();
        predicted.clusterOf().forEach((item, label) ->
                shared.merge(cell(label, gold.clusterOf().get(item)), 1, Integer::sum));
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : predicted.clusterOf().entrySet()) {
            String goldLabel = gold.clusterOf().get(e.getKey());
            double both = shared.get(cell(e.getValue(), goldLabel));
            precision += both / predictedSize.get(e.getValue());
            recall += both / goldSize.get(goldLabel);
        }
        int n = predicted.size();
        return n == 0 ? new BCubed(1, 1, 0) : new BCubed(precision / n, recall / n, n);
    }

    public double f1() {
        return F1.of(precision, recall);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "B-cubed P %.4f R %.4f F1 %.4f over %d items", precision, recall, f1(),
                items);
    }

    /** Scoring different item sets is a bug of the harness, not a low score. */
    private static void requireSameItems(Partition predicted, Partition gold) {
        if (!predicted.clusterOf().keySet().equals(gold.clusterOf().keySet())) {
            Set<String> onlyPredicted = new TreeSet<>(predicted.clusterOf().keySet());
            onlyPredicted.removeAll(gold.clusterOf().keySet());
            Set<String> onlyGold = new TreeSet<>(gold.clusterOf().keySet());
            onlyGold.removeAll(predicted.clusterOf().keySet());
            throw new IllegalArgumentException("predicted and gold partitions differ in items: only predicted "
                    + first(onlyPredicted) + ", only gold " + first(onlyGold));
        }
    }

    private static String first(Set<String> items) {
        return items.size() + (items.isEmpty() ? "" : " (" + String.join(", ", items.stream().limit(5).toList()) + ")");
    }

    private static Map<String, Integer> sizes(Map<String, String> clusterOf) {
        Map<String, Integer> sizes = new HashMap<>();
        clusterOf.values().forEach(label -> sizes.merge(label, 1, Integer::sum));
        return sizes;
    }

    private static String cell(String predictedLabel, String goldLabel) {
        return predictedLabel + '\u0000' + goldLabel;
    }
}
