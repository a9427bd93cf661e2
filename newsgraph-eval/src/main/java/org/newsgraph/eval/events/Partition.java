package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Items split into clusters: each item's cluster label. Only which items share a label matters,
 * never the labels themselves, so a system's partition and the gold one can be compared.
 */
public record Partition(Map<String, String> clusterOf) {

    public Partition {
        clusterOf = Map.copyOf(clusterOf);
    }

    public int size() {
        return clusterOf.size();
    }

    public int clusterCount() {
        return new HashSet<>(clusterOf.values()).size();
    }

    /** The clusters by label, their items in name order: to print, not to score. */
    public Map<String, List<String>> clusters() {
        Map<String, List<String>> clusters = new TreeMap<>();
        new TreeMap<>(clusterOf).forEach((item, label) -> clusters.computeIfAbsent(label, l -> new ArrayList<>())
                .add(item));
        return clusters;
    }

    /** The same partition of the given items only, as when one topic is scored; each must be an item. */
    public Partition restrictedTo(Collection<String> items) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String item : items) {
            String label = clusterOf.get(item);
            if (label == null) {
                throw new IllegalArgumentException("not an item of this partition: " + item);
            }
            kept.put(item, label);
        }
        return new Partition(kept);
    }
}
