package org.newsgraph.app.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the add bench measured: at each store size, each round's time per part of analyze, in
 * milliseconds, and the median of the rounds; the ratio of the largest size's median total to the
 * smallest's.
 */
public record AddBenchReport(List<Size> sizes) {

    public AddBenchReport {
        sizes = List.copyOf(sizes);
    }

    /** One store size: the seconds its corpus model and index took to be brought up to date first, and its rounds. */
    public record Size(int articles, double settleSeconds, List<Round> rounds) {

        public Size {
            rounds = List.copyOf(rounds);
        }

        /** The median of the rounds' times of a part, NaN when no round timed it. */
        double median(String part) {
            double[] ms = rounds.stream().filter(r -> r.millis().containsKey(part))
                    .mapToDouble(r -> r.millis().get(part)).sorted().toArray();
            return ms.length == 0 ? Double.NaN : ms[ms.length / 2];
        }

        double medianTotal() {
            double[] ms = rounds.stream().mapToDouble(Round::total).sorted().toArray();
            return ms.length == 0 ? Double.NaN : ms[ms.length / 2];
        }
    }

    /**
     * One article added: how its analysis ended ("ok" unless dedup found it a copy) and the
     * milliseconds of each part, in the order they ran.
     */
    public record Round(int size, String outcome, Map<String, Double> millis, String search) {

        public double total() {
            return millis.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        String render() {
            return String.format(Locale.ROOT, "%,d articles, one added (%s): %s; total %.0f ms (%s)", size, outcome,
                    millis.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.0f ms", e.getKey(), e.getValue()))
                            .collect(Collectors.joining(", ")), total(), search);
        }
    }

    /** A table of the medians, a column a part, a row a size, and the ratio of the totals. */
    public String render() {
        Set<String> parts = new LinkedHashSet<>();
        sizes.forEach(s -> s.rounds().forEach(r -> parts.addAll(r.millis().keySet())));
        List<String> lines = new ArrayList<>();
        lines.add("time to add one article (median of the rounds, ms)");
        lines.add(String.format(Locale.ROOT, "%10s %6s %s %10s", "articles", "rounds",
                parts.stream().map(p -> String.format(Locale.ROOT, "%16s", p)).collect(Collectors.joining(" ")), "total"));
        for (Size s : sizes) {
            lines.add(String.format(Locale.ROOT, "%,10d %6d %s %10.0f", s.articles(), s.rounds().size(),
                    parts.stream().map(p -> String.format(Locale.ROOT, "%16.0f", s.median(p))).collect(Collectors.joining(" ")),
                    s.medianTotal()));
        }
        if (sizes.size() > 1) {
            Size small = sizes.get(0);
            Size large = sizes.get(sizes.size() - 1);
            lines.add(String.format(Locale.ROOT, "ratio %,d/%,d articles: %.2f", large.articles(), small.articles(),
                    large.medianTotal() / small.medianTotal()));
        }
        String outcomes = Arrays.toString(sizes.stream().flatMap(s -> s.rounds().stream()).map(Round::outcome).toArray());
        lines.add("outcomes of the added articles: " + outcomes);
        return String.join("\n", lines);
    }
}
