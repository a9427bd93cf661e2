package org.newsgraph.app.bench;

import java.util.Locale;

/**
 * What one bench run measured: both arms on the same texts, in one process, and the time to embed
 * one article's head (part of analyze's time, shown apart); then analyze on {@code threads}
 * threads ({@code parallel}, null when measured on one only).
 */
public record BenchReport(Arm analyze, Arm corenlp, long peakHeapBytes, int texts, double embedMillis, Arm parallel,
        int threads) {

    /** How many articles a second analyze does for each one plain CoreNLP does. */
    public double ratio() {
        return analyze.articlesPerSecond() / corenlp.articlesPerSecond();
    }

    public String render() {
        String several = parallel == null ? "" : parallel.render("analyze on " + threads + " threads") + "\n"
                + String.format(Locale.ROOT, "analyze on %d threads/on one: %.2f", threads,
                        parallel.articlesPerSecond() / analyze.articlesPerSecond()) + "\n";
        return String.join("\n",
                String.format(Locale.ROOT, "texts: %d distinct articles", texts),
                analyze.render("analyze"),
                corenlp.render("corenlp"),
                String.format(Locale.ROOT, "peak heap: %.0f MB (one thread)", peakHeapBytes / 1024.0 / 1024.0),
                String.format(Locale.ROOT, "sentence embedding (part of analyze): %.1f ms per article", embedMillis),
                several + String.format(Locale.ROOT, "analyze/corenlp throughput ratio: %.2f", ratio()));
    }

    /** One side of the comparison. */
    public record Arm(long articles, long tokens, double seconds) {

        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        String render(String name) {
            return String.format(Locale.ROOT, "%-8s %6d articles %9d tokens in %6.1f s: %7.2f articles/s %9.0f tokens/s",
                    name + ":", articles, tokens, seconds, articlesPerSecond(), tokensPerSecond());
        }
    }
}
