package org.newsgraph.eval.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.dedup.DedupConfig;
import org.newsgraph.dedup.InMemorySeenArticles;
import org.newsgraph.dedup.MinHasher;
import org.newsgraph.dedup.NearDuplicateDetector;
import org.newsgraph.dedup.Signature;

/**
 * Prints what the threshold is chosen from: how similar each copy is to its original (exact
 * and estimated, Jaccard and containment), and every wrong or missed detection with its scores.
 * A tool for tuning by hand; the Eval pins the outcome.
 */
final class DedupDiagnosis {

    private DedupDiagnosis() {}

    /** Arguments as for {@link DedupBenchmark#main}. */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : DedupBenchmark.ARTICLES;
        DedupConfig config = DedupBenchmark.config(args);
        List<BenchArticle> corpus = BenchCorpus.build(DedupBenchmark.sharedData(), size, DedupBenchmark.COPY_SHARE,
                DedupBenchmark.SEED);
        printSCurve(config);
        new Run(corpus, config).print();
    }

    private static void printSCurve(DedupConfig config) {
        System.out.printf(Locale.ROOT, "%s: S-curve steepest near Jaccard %.3f; a full-length copy at the threshold has %.3f%n",
                config, config.bandingThreshold(), config.jaccardAtThreshold());
        for (double j : new double[] {0.02, 0.05, 0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7}) {
            System.out.printf(Locale.ROOT, "  P(compared | Jaccard %.2f) = %.4f%n", j, config.candidateProbability(j));
        }
    }

    private static final class Run {
        private final List<BenchArticle> corpus;
        private final DedupConfig config;
        private final MinHasher hasher;
        private final Map<Long, BenchArticle> byId = new HashMap<>();

        Run(List<BenchArticle> corpus, DedupConfig config) {
            this.corpus = corpus;
            this.config = config;
            this.hasher = new MinHasher(config);
            corpus.forEach(a -> byId.put(a.id(), a));
        }

        void print() {
            List<double[]> copyScores = new ArrayList<>();
            for (BenchArticle a : corpus) {
                if (a.isCopy()) {
                    copyScores.add(scores(a, byId.get(a.copyOf())));
                }
            }
            String[] names = {"exact jaccard", "exact containment", "est. jaccard", "est. containment"};
            for (int m = 0; m < names.length; m++) {
                int col = m;
                double[] v = copyScores.stream().mapToDouble(s -> s[col]).sorted().toArray();
                System.out.printf(Locale.ROOT, "copies %-18s min %.3f p0.5 %.3f p1 %.3f p2 %.3f p5 %.3f median %.3f%n",
                        names[m], v[0], pct(v, 0.005), pct(v, 0.01), pct(v, 0.02), pct(v, 0.05), pct(v, 0.5));
            }
            mistakes();
        }

        private void mistakes() {
            NearDuplicateDetector detector = new NearDuplicateDetector(config, new InMemorySeenArticles());
            for (BenchArticle a : corpus) {
                Optional<Long> found = detector.findCopy(a.text());
                if (found.isEmpty()) {
                    detector.remember(a.id(), a.text());
                }
                if (found.isPresent() && found.get() != a.copyOf()) {
                    print("WRONG", a, byId.get(found.get()));
                } else if (found.isEmpty() && a.isCopy()) {
                    print("MISSED", a, byId.get(a.copyOf()));
                }
            }
        }

        private void print(String what, BenchArticle a, BenchArticle other) {
            System.out.printf(Locale.ROOT, "%s %d (copy of %d) -> %d: %s%n   %s%n   %s%n", what, a.id(), a.copyOf(),
                    other.id(), Arrays.toString(Arrays.stream(scores(a, other)).mapToObj(
                            d -> String.format(Locale.ROOT, "%.3f", d)).toArray()),
                    head(a.text()), head(other.text()));
        }

        private double[] scores(BenchArticle a, BenchArticle b) {
            Set<String> sa = ExactShingles.of(a.text(), config.shingleWords());
            Set<String> sb = ExactShingles.of(b.text(), config.shingleWords());
            Signature ga = hasher.signature(a.text());
            Signature gb = hasher.signature(b.text());
            return new double[] {ExactShingles.jaccard(sa, sb), ExactShingles.containment(sa, sb),
                    ga.jaccard(gb), ga.containmentIn(gb)};
        }

        private static String head(String text) {
            String flat = text.replace('\n', '|');
            return flat.substring(0, Math.min(200, flat.length())) + " [" + ExactShingles.words(text).size() + " words]";
        }

        private static double pct(double[] sorted, double p) {
            return sorted[(int) Math.floor(p * (sorted.length - 1))];
        }
    }
}
