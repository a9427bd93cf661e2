package org.newsgraph.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mean time to place one article in the event clusters at each store size, and how it grows.
 *
 * @param window how many placements before each size were timed
 */
public record ClusterBenchReport(List<Size> sizes, int window, int clusters) {

    public ClusterBenchReport {
        sizes = List.copyOf(sizes);
    }

    /** The mean time per added article when the store holds {@code articles}. */
    public record Size(int articles, double millisPerArticle) {}

    public String render() {
        List<String> lines = new ArrayList<>();
        for (Size s : sizes) {
            lines.add(String.format(Locale.ROOT, "clustering: %.2f ms per added article at %,d stored articles"
                    + " (mean of the last %d placements)", s.millisPerArticle(), s.articles(), window));
        }
        if (sizes.size() >= 2) {
            Size small = sizes.get(0);
            Size large = sizes.get(sizes.size() - 1);
            lines.add(String.format(Locale.ROOT,
                    "clustering: %.2f× the time per article at %.0f× the articles (1 = constant, %.0f = linear); %,d clusters",
                    large.millisPerArticle() / small.millisPerArticle(), (double) large.articles() / small.articles(),
                    (double) large.articles() / small.articles(), clusters));
        }
        return String.join("\n", lines);
    }
}
