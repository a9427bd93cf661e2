package org.newsgraph.cluster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.newsgraph.pipeline.DataFile;

/**
 * A logistic regression over {@link LinkFeature}s: the probability that an article reports the
 * event of a cluster, and the least probability at which it joins. The weights are fitted on
 * labelled corpora, never set by hand: {@code link-model.tsv} beside this class says how it was
 * made, and docs/clusters.md gives the command that fits it again.
 *
 * @param threshold      the least probability at which an article joins a cluster
 * @param mergeThreshold the least probability at which a cluster, looked at again, joins an older
 *                       one (two profiles are more alike than a report and a profile)
 */
public record LinkModel(Map<LinkFeature, Double> weights, double intercept, double threshold,
        double mergeThreshold) {

    static final String BUNDLED = "link-model.tsv";

    public LinkModel {
        weights = Map.copyOf(weights);
        if (weights.size() != LinkFeature.values().length) {
            throw new IllegalArgumentException("a link model weighs every feature, it has " + weights.keySet());
        }
        if (!(threshold > 0 && threshold < 1) || !(mergeThreshold > 0 && mergeThreshold <= 1)) {
            throw new IllegalArgumentException("a threshold is a probability in (0, 1): " + threshold + ", "
                    + mergeThreshold);
        }
    }

    /** The model that ships with newsgraph, read and checked once. */
    public static LinkModel bundled() {
        return Bundled.MODEL;
    }

    /**
     * A model that knows nothing (every weight 0: a probability of one half for any comparison), to
     * replay a corpus before any model is fitted.
     */
    public static LinkModel uninformed() {
        Map<LinkFeature, Double> zero = new EnumMap<>(LinkFeature.class);
        for (LinkFeature f : LinkFeature.values()) {
            zero.put(f, 0.0);
        }
        return new LinkModel(zero, 0, 0.5, 0.5);
    }

    /** The probability that an article with these features reports the cluster's event. */
    public double probability(double[] features) {
        return 1 / (1 + Math.exp(-logit(features)));
    }

    /** The log-odds: the intercept plus each feature times its weight. */
    public double logit(double[] features) {
        double sum = intercept;
        for (LinkFeature f : LinkFeature.values()) {
            sum += weights.get(f) * features[f.ordinal()];
        }
        return sum;
    }

    /** What each feature adds to the log-odds, in feature order. */
    public double[] contributions(double[] features) {
        double[] parts = new double[features.length];
        for (LinkFeature f : LinkFeature.values()) {
            parts[f.ordinal()] = weights.get(f) * features[f.ordinal()];
        }
        return parts;
    }

    /** The same weights with another threshold. */
    public LinkModel withThreshold(double newThreshold) {
        return new LinkModel(weights, intercept, newThreshold, mergeThreshold);
    }

    /** The same weights with another merge threshold. */
    public LinkModel withMergeThreshold(double newThreshold) {
        return new LinkModel(weights, intercept, threshold, newThreshold);
    }

    /** The model as its file holds it: a comment header, then one {@code name<TAB>value} a line. */
    public List<String> lines(List<String> header) {
        List<String> lines = new ArrayList<>();
        header.forEach(h -> lines.add("# " + h));
        lines.add("threshold\t" + format(threshold));
        lines.add("merge_threshold\t" + format(mergeThreshold));
        lines.add("intercept\t" + format(intercept));
        for (LinkFeature f : LinkFeature.values()) {
            lines.add(f.key() + "\t" + format(weights.get(f)));
        }
        return lines;
    }

    /** Reads a model from its lines, as if from a file called {@code name}; a fault names file and line. */
    public static LinkModel parse(String name, List<String> lines) {
        Map<String, Double> values = new HashMap<>();
        DataFile.read(name, lines, into(name, values));
        return of(name, values);
    }

    private static LinkModel read(Class<?> owner, String name) {
        Map<String, Double> values = new HashMap<>();
        DataFile.read(owner, name, into(name, values));
        return of(name, values);
    }

    /** Puts each {@code name<TAB>value} entry of the file into {@code values}. */
    private static BiConsumer<Integer, String> into(String name, Map<String, Double> values) {
        return (line, entry) -> values.put(key(name, line, entry), value(name, line, entry));
    }

    private static LinkModel of(String name, Map<String, Double> values) {
        Map<LinkFeature, Double> weights = new EnumMap<>(LinkFeature.class);
        for (LinkFeature f : LinkFeature.values()) {
            Double w = values.remove(f.key());
            if (w == null) {
                throw new IllegalArgumentException(name + ": no weight for " + f.key());
            }
            weights.put(f, w);
        }
        Double threshold = values.remove("threshold");
        Double merge = values.remove("merge_threshold");
        Double intercept = values.remove("intercept");
        if (threshold == null || merge == null || intercept == null || !values.isEmpty()) {
            throw new IllegalArgumentException(name + ": needs a threshold, a merge_threshold and an intercept, "
                    + "and knows no " + values.keySet());
        }
        return new LinkModel(weights, intercept, threshold, merge);
    }

    private static String key(String name, int line, String entry) {
        String[] parts = entry.split("\t");
        if (parts.length != 2) {
            throw DataFile.fault(name, line, "expected name<TAB>value: " + entry);
        }
        return parts[0].strip();
    }

    private static double value(String name, int line, String entry) {
        try {
            double v = Double.parseDouble(entry.split("\t")[1].strip());
            if (!Double.isFinite(v)) {
                throw DataFile.fault(name, line, "not a finite number: " + entry);
            }
            return v;
        } catch (NumberFormatException e) {
            throw DataFile.fault(name, line, "not a number: " + entry);
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    /** Holds the bundled model, read on first use. */
    private static final class Bundled {
        static final LinkModel MODEL = read(LinkModel.class, BUNDLED);
    }
}
