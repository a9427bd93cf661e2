package org.newsgraph.eval.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.cluster.ArticleProfiler;
import org.newsgraph.cluster.ClusterConfig;
import org.newsgraph.cluster.EventClusterer;
import org.newsgraph.cluster.InMemoryEventClusters;
import org.newsgraph.cluster.Reclusterer;
import org.newsgraph.cluster.ReclusterRule;
import org.newsgraph.cluster.TermReader;
import org.newsgraph.eval.events.ClusterScore;
import org.newsgraph.eval.events.Partition;
import org.newsgraph.onnx.MiniLmEmbedder;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.sqlite.SqliteArticleStore;

/**
 * Fits the rule of {@code newsgraph recluster} ({@link ReclusterRule}) and reports it on data it never
 * saw. Each fitted part (ECB+ odd topics, press-ua's fitted months) is clustered online as the product
 * does, in memory, with the bundled link model; then its whole window is decided again by average
 * linkage, from every article alone and from the clusters as placed, with joins measured over at least
 * 1, 2, 3, 4 or 6 pairs of articles, at each cut of a grid. The start, the least pairs and the cut with
 * the best mean B-cubed F1 over the two fitted parts are kept; {@code analyze} reclusters
 * by default only when that mean is above online placement's, and when it is under two-fold
 * cross-validation inside the fitted parts too. The held-out parts are scored with
 * the rule chosen, never used to choose. Usage: {@code ReclusterFit SHARED ECB_STORE PRESS_STORE OUT.tsv
 * [--report-only]}; {@code scripts/fit-recluster} runs it.
 */
public final class ReclusterFit {

    private static final int WEEK = 7;
    /** The fewest pairs a join is measured over, tried: any, none of two lone articles, more evidence. */
    private static final List<Integer> MIN_PAIRS = List.of(1, 2, 3, 4, 6);

    private ReclusterFit() {}

    /** The cuts tried: fine where the mean of pair probabilities lies for unlike articles, then by 0.025. */
    static List<Double> grid() {
        List<Double> grid = new ArrayList<>(List.of(0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.075));
        for (int i = 4; i < 40; i++) {
            grid.add(i * 0.025);
        }
        return grid;
    }

    public static void main(String[] args) {
        boolean reportOnly = args.length == 5 && args[4].equals("--report-only");
        if (args.length != 4 && !reportOnly) {
            System.err.println("usage: ReclusterFit SHARED ECB_STORE PRESS_STORE OUT.tsv [--report-only]");
            System.exit(2);
        }
        Path shared = Path.of(args[0]);
        LabelledCorpus ecb = LabelledCorpus.ecbPlus(shared);
        LabelledCorpus press = LabelledCorpus.pressUa(shared);
        ClusterConfig config = ClusterConfig.defaults();
        ArticleProfiler profiler = new ArticleProfiler(TermReader.english(), new MiniLmEmbedder(), config);
        List<LinkCorpus> fitted = new ArrayList<>();
        List<LabelledCorpus> labelled = new ArrayList<>(List.of(ecb, press));
        List<LinkCorpus> held = new ArrayList<>();
        try (ArticleStore e = SqliteArticleStore.open(Path.of(args[1]))) {
            fitted.add(LinkCorpus.read("ECB+ fitted topics (odd)", e, profiler, ecb.eventOf(), f -> !ecb.heldOut().test(f)));
            held.add(LinkCorpus.read("ECB+ held-out topics (even)", e, profiler, ecb.eventOf(), ecb.heldOut()));
        }
        boolean both = !args[2].equals("-"); // "-": ECB+ alone, a look that fits nothing
        if (both) {
            try (ArticleStore p = SqliteArticleStore.open(Path.of(args[2]))) {
                fitted.add(LinkCorpus.read("press-ua fitted months", p, profiler, press.eventOf(),
                        f -> !press.heldOut().test(f)));
                held.add(LinkCorpus.read("press-ua held-out months " + LabelledCorpus.PRESS_HELD_OUT_MONTHS, p,
                        profiler, press.eventOf(), press.heldOut()));
            }
        }
        List<String> report = new ArrayList<>();
        ReclusterRule rule;
        if (reportOnly) {
            rule = ReclusterRule.bundled();
        } else {
            rule = fit(fitted, labelled.subList(0, fitted.size()), config, report);
        }
        long started = System.nanoTime();
        report.add("rule: start " + rule.start().key() + ", cut " + String.format(Locale.ROOT, "%.4f", rule.threshold())
                + ", joins over " + rule.minPairs() + " pairs at least, analyze " + rule.analyze());
        for (List<LinkCorpus> parts : List.of(fitted, held)) {
            for (LinkCorpus c : parts) {
                report.add(score(c, config, null) + " (online)");
                report.add(score(c, config, rule) + " (reclustered)");
            }
        }
        report.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "scored in %.0f s%n", (System.nanoTime() - started) / 1e9);
        if (!reportOnly && both) {
            write(Path.of(args[3]), rule, report);
        }
    }

    /**
     * The rule with the best mean over the fitted parts; {@code analyze} only when it beats online
     * placement there and also under two-fold cross-validation inside the fitted parts (whole topics
     * or months in turn: a rule chosen on one fold of each part, scored on the other), so that a
     * gain that comes from fitting the cut to the parts it is measured on does not switch it on.
     */
    private static ReclusterRule fit(List<LinkCorpus> fitted, List<LabelledCorpus> labelled, ClusterConfig config,
            List<String> report) {
        Choice all = choose(fitted, config, report);
        double crossOnline = 0;
        double crossReclustered = 0;
        for (int fold = 0; fold < 2; fold++) {
            List<LinkCorpus> train = new ArrayList<>();
            List<LinkCorpus> test = new ArrayList<>();
            for (int i = 0; i < fitted.size(); i++) {
                LabelledCorpus c = labelled.get(i);
                int k = fold;
                train.add(fitted.get(i).part(fitted.get(i).name() + ", fold " + (1 - k), f -> c.fold().applyAsInt(f) != k));
                test.add(fitted.get(i).part(fitted.get(i).name() + ", fold " + k, f -> c.fold().applyAsInt(f) == k));
            }
            ReclusterRule chosen = choose(train, config, new ArrayList<>()).rule();
            for (LinkCorpus c : test) {
                Figures online = score(c, config, null);
                Figures reclustered = score(c, config, chosen);
                crossOnline += online.f1 / (2 * test.size());
                crossReclustered += reclustered.f1 / (2 * test.size());
                report.add(String.format(Locale.ROOT, "cross-validation: %s, rule of the other fold (start %s, cut %.4f, "
                        + "joins over %d pairs): online F1 %.4f, reclustered F1 %.4f", c.name(), chosen.start().key(),
                        chosen.threshold(), chosen.minPairs(), online.f1, reclustered.f1));
            }
        }
        report.add(String.format(Locale.ROOT, "cross-validation: mean B-cubed F1 online %.4f, reclustered %.4f",
                crossOnline, crossReclustered));
        boolean analyze = all.mean() > all.online() && crossReclustered > crossOnline;
        return new ReclusterRule(all.rule().start(), all.rule().threshold(), all.rule().minPairs(), analyze);
    }

    /** The best rule on some parts, its mean B-cubed F1 there, and online placement's. */
    private record Choice(ReclusterRule rule, double mean, double online) {}

    private static Choice choose(List<LinkCorpus> fitted, ClusterConfig config, List<String> report) {
        List<Double> grid = grid();
        double online = 0;
        for (LinkCorpus c : fitted) {
            online += score(c, config, null).f1 / fitted.size();
        }
        ReclusterRule best = null;
        double bestMean = -1;
        for (ReclusterRule.Start start : ReclusterRule.Start.values()) {
            for (int minPairs : MIN_PAIRS) {
                double[] mean = new double[grid.size()];
                for (LinkCorpus c : fitted) {
                    List<Figures> all = scores(c, config, start, minPairs, grid);
                    for (int i = 0; i < grid.size(); i++) {
                        mean[i] += all.get(i).f1 / fitted.size();
                    }
                }
                int top = 0;
                for (int i = 0; i < grid.size(); i++) {
                    top = mean[i] > mean[top] ? i : top;
                }
                report.add(String.format(Locale.ROOT,
                        "start %s, joins over %d pairs at least: best cut %.4f, mean B-cubed F1 %.4f on the fitted parts",
                        start.key(), minPairs, grid.get(top), mean[top]));
                if (mean[top] > bestMean) {
                    bestMean = mean[top];
                    best = new ReclusterRule(start, grid.get(top), minPairs, false);
                }
            }
        }
        report.add(String.format(Locale.ROOT, "online placement alone: mean B-cubed F1 %.4f on the fitted parts", online));
        return new Choice(best, bestMean, online);
    }

    /** One part's figures. */
    record Figures(String corpus, double p, double r, double f1, long farPairs, int largest, int clusters) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: B-cubed P %.4f R %.4f F1 %.4f; %d clusters, largest %d; "
                    + "%d pairs of one cluster published >7 days apart", corpus, p, r, f1, clusters, largest, farPairs);
        }
    }

    /** Online placement, then (when {@code start} is not null) the window decided again at {@code cut}. */
    static Figures score(LinkCorpus corpus, ClusterConfig config, ReclusterRule rule) {
        if (rule == null) {
            InMemoryEventClusters clusters = online(corpus, config);
            return figures(corpus, clusters.assignment());
        }
        return scores(corpus, config, rule.start(), rule.minPairs(), List.of(rule.threshold())).get(0);
    }

    static List<Figures> scores(LinkCorpus corpus, ClusterConfig config, ReclusterRule.Start start, int minPairs,
            List<Double> cuts) {
        InMemoryEventClusters clusters = online(corpus, config);
        Map<Long, Long> assignment = clusters.assignment();
        List<Reclusterer.Member> window = new ArrayList<>();
        for (LinkCorpus.Item item : corpus.articles()) {
            long a = item.profile().article();
            window.add(new Reclusterer.Member(a, assignment.get(a), item.profile(), null));
        }
        Reclusterer reclusterer = new Reclusterer(clusters, config, new ReclusterRule(start, 0.5, minPairs, false));
        List<Figures> all = new ArrayList<>();
        for (Map<Long, Long> partition : reclusterer.partitions(window, start, minPairs, cuts)) {
            all.add(figures(corpus, partition));
        }
        return all;
    }

    private static InMemoryEventClusters online(LinkCorpus corpus, ClusterConfig config) {
        InMemoryEventClusters clusters = new InMemoryEventClusters();
        EventClusterer clusterer = new EventClusterer(clusters, config);
        corpus.articles().forEach(item -> clusterer.place(item.profile()));
        return clusters;
    }

    private static Figures figures(LinkCorpus corpus, Map<Long, Long> clusterOf) {
        Map<String, String> predicted = new LinkedHashMap<>();
        Map<String, String> gold = new LinkedHashMap<>();
        Map<Long, List<String>> published = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        for (LinkCorpus.Item item : corpus.articles()) {
            long c = clusterOf.get(item.profile().article());
            predicted.put(item.file(), "c" + c);
            gold.put(item.file(), item.event());
            sizes.merge(c, 1, Integer::sum);
            String day = item.profile().event().published();
            if (day != null) {
                published.computeIfAbsent(c, k -> new ArrayList<>()).add(day);
            }
        }
        ClusterScore s = ClusterScore.of(new Partition(predicted), new Partition(gold));
        long far = 0;
        for (List<String> days : published.values()) {
            for (int i = 0; i < days.size(); i++) {
                for (int j = i + 1; j < days.size(); j++) {
                    far += Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(days.get(i)), LocalDate.parse(days.get(j))))
                            > WEEK ? 1 : 0;
                }
            }
        }
        return new Figures(corpus.name(), s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1(), far,
                sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0), sizes.size());
    }

    private static void write(Path target, ReclusterRule rule, List<String> report) {
        List<String> lines = new ArrayList<>(List.of(
                "# The rule of newsgraph recluster (org.newsgraph.cluster.ReclusterRule), written by scripts/fit-recluster",
                "# (org.newsgraph.eval.link.ReclusterFit) on " + LocalDate.now() + ", never edited by hand: the start, the",
                "# fewest pairs of a join and the cut of average linkage with the best mean B-cubed F1 over ECB+ odd topics and press-ua's fitted",
                "# months, each clustered online first; analyze reclusters by default only when that mean beats online",
                "# placement's, and does so under two-fold cross-validation inside the fitted parts too. Figures when",
                "# fitted (held-out parts scored, never used to choose):"));
        report.forEach(r -> lines.add("#   " + r));
        lines.add(rule.lines().strip());
        try {
            Files.write(target, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
