package org.newsgraph.eval.dedup;

import java.nio.file.Path;
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
import org.newsgraph.dedup.NearDuplicateDetector;

/**
 * The detector on copies nobody made for it: ECB+ holds, per topic, articles on the same event
 * from many outlets, some of them the same wire story. Articles arrive in file order; the truth
 * is the exact share of an article's 4-word shingles found in the earlier article that holds
 * most of them. At least {@link #COPY} is a copy, at most {@link #DISTINCT} a different article
 * (mostly on the same event); in between, a partial copy, is only counted.
 */
final class RealCopies {

    static final double COPY = 0.8;
    static final double DISTINCT = 0.3;

    private RealCopies() {}

    /**
     * What the detector made of the real articles.
     *
     * @param copies          articles with at least {@link #COPY} of their shingles in an earlier one
     * @param copiesFound     of those, found as a copy of an article holding at least {@link #DISTINCT} of them
     * @param distinct        articles with at most {@link #DISTINCT} in any earlier one
     * @param distinctFlagged of those, wrongly found to be a copy
     * @param partial         the articles in between
     * @param partialFlagged  of those, found to be a copy
     */
    record Outcome(int articles, int copies, int copiesFound, int distinct, int distinctFlagged,
                   int partial, int partialFlagged) {

        double recall() {
            return copies == 0 ? 1 : (double) copiesFound / copies;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d real articles: %d copies, %d found (recall %.3f); "
                    + "%d distinct, %d wrongly flagged; %d partial copies, %d flagged", articles, copies, copiesFound, recall(),
                    distinct, distinctFlagged, partial, partialFlagged);
        }
    }

    static Outcome measure(Path data, DedupConfig config) {
        List<SourceArticle> articles = RealArticles.load(data).stream()
                .filter(a -> a.name().startsWith("ecbplus/")).toList();
        NearDuplicateDetector detector = new NearDuplicateDetector(config, new InMemorySeenArticles());
        List<Set<String>> earlier = new ArrayList<>();
        Map<String, List<Integer>> holders = new HashMap<>();
        int copies = 0, found = 0, distinct = 0, flagged = 0, partial = 0, partialFlagged = 0;
        for (int i = 0; i < articles.size(); i++) {
            String text = String.join("\n", articles.get(i).sentences());
            Set<String> shingles = ExactShingles.of(text, 4);
            double[] truth = containmentIn(shingles, holders, earlier.size());
            double best = Arrays.stream(truth).max().orElse(0);
            Optional<Long> copyOf = detector.findCopy(text);
            detector.remember(i, text);
            if (best >= COPY) {
                copies++;
                found += copyOf.isPresent() && truth[copyOf.get().intValue()] >= DISTINCT ? 1 : 0;
            } else if (best <= DISTINCT) {
                distinct++;
                flagged += copyOf.isPresent() ? 1 : 0;
            } else {
                partial++;
                partialFlagged += copyOf.isPresent() ? 1 : 0;
            }
            index(shingles, earlier.size(), holders);
            earlier.add(shingles);
        }
        return new Outcome(articles.size(), copies, found, distinct, flagged, partial, partialFlagged);
    }

    /** For each earlier article, the share of these shingles it holds. */
    private static double[] containmentIn(Set<String> shingles, Map<String, List<Integer>> holders, int earlier) {
        double[] share = new double[earlier];
        for (String s : shingles) {
            for (int holder : holders.getOrDefault(s, List.of())) {
                share[holder] += 1.0 / shingles.size();
            }
        }
        return share;
    }

    private static void index(Set<String> shingles, int article, Map<String, List<Integer>> holders) {
        shingles.forEach(s -> holders.computeIfAbsent(s, x -> new ArrayList<>()).add(article));
    }
}
