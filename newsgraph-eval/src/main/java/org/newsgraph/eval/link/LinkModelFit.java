package org.newsgraph.eval.link;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsgraph.cluster.ArticleProfiler;
import org.newsgraph.cluster.ClusterConfig;
import org.newsgraph.cluster.LinkFeature;
import org.newsgraph.cluster.LinkModel;
import org.newsgraph.cluster.TermReader;
import org.newsgraph.eval.events.BaselineConfig;
import org.newsgraph.eval.events.ClusterScore;
import org.newsgraph.eval.events.Partition;
import org.newsgraph.eval.events.TfIdfAgglomerativeBaseline;
import org.newsgraph.eval.events.ThresholdSweep;
import org.newsgraph.onnx.MiniLmEmbedder;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.sqlite.SqliteArticleStore;

/**
 * Fits the link model of event clustering and reports it on data it never saw:
 * <ol>
 * <li>reads ECB+ and press-ua, analysed into two stores by {@code newsgraph analyze}, and splits each
 * (ECB+ by topic, press-ua by month: {@link LabelledCorpus});</li>
 * <li>replays the fitted part of each through the clusterer with the gold deciding
 * ({@link LinkReplay}) and fits a logistic regression on the comparisons ({@link LinkFitter});</li>
 * <li>sets the threshold to the probability, on a grid of 0.025, at which online clustering of the
 * fitted parts scores the best mean B-cubed F1 over the two corpora;</li>
 * <li>scores the fitted and the held-out parts, beside the TF-IDF baseline with its cut set on the
 * fitted part, and writes the model with a header saying how it was made.</li>
 * </ol>
 * Usage: {@code LinkModelFit SHARED ECB_STORE PRESS_STORE OUT.tsv [--report-only]}; {@code scripts/fit-link-model}
 * runs it. With {@code --report-only} nothing is fitted or written: the model in {@code OUT.tsv} is scored on
 * the four parts, as after a change to the profiles or the rules of the week, to see what it does there.
 */
public final class LinkModelFit {

    private static final double GRID = 0.025;
    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    private final PrintStream out;

    LinkModelFit(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        boolean reportOnly = args.length == 5 && args[4].equals("--report-only");
        if (args.length != 4 && !reportOnly) {
            System.err.println("usage: LinkModelFit SHARED ECB_STORE PRESS_STORE OUT.tsv [--report-only]");
            System.exit(2);
        }
        TRIBUO.setLevel(Level.WARNING); // one line per thousand SGD steps otherwise
        LinkModelFit fit = new LinkModelFit(System.out);
        Path shared = Path.of(args[0]);
        if (reportOnly) {
            fit.report(shared, Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else {
            fit.fit(shared, Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        }
    }

    /** The corpora of one fit, each in its two parts. */
    record Parts(LinkCorpus ecbFit, LinkCorpus ecbHeld, LinkCorpus pressFit, LinkCorpus pressHeld) {

        List<LinkCorpus> fitted() {
            return List.of(ecbFit, pressFit);
        }

        List<LinkCorpus> all() {
            return List.of(ecbFit, ecbHeld, pressFit, pressHeld);
        }
    }

    void fit(Path shared, Path ecbStore, Path pressStore, Path target) {
        LabelledCorpus ecb = LabelledCorpus.ecbPlus(shared);
        LabelledCorpus press = LabelledCorpus.pressUa(shared);
        ClusterConfig replayConfig = ClusterConfig.defaults(LinkModel.uninformed());
        Parts parts = read(ecb, ecbStore, press, pressStore, replayConfig);
        List<LinkExample> examples = new ArrayList<>();
        for (LinkCorpus c : parts.fitted()) {
            LinkReplay.Replay replay = new LinkReplay(replayConfig).replay(c);
            out.printf(Locale.ROOT, "%s: %d articles; %s%n", c.name(), c.articles().size(), replay);
            examples.addAll(replay.examples());
        }
        LinkModel weights = new LinkFitter().fit(examples, 0.5);
        LinkModel joining = weights.withThreshold(threshold(weights, parts));
        LinkModel model = joining.withMergeThreshold(mergeThreshold(joining, parts));
        List<String> report = report(model, parts, ecb, press);
        report.forEach(out::println);
        write(target, model, examples.size(), report);
    }

    /** Scores the model in {@code modelFile} on the four parts without fitting anything. */
    void report(Path shared, Path ecbStore, Path pressStore, Path modelFile) {
        LabelledCorpus ecb = LabelledCorpus.ecbPlus(shared);
        LabelledCorpus press = LabelledCorpus.pressUa(shared);
        LinkModel model;
        try {
            model = LinkModel.parse(modelFile.toString(), Files.readAllLines(modelFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + modelFile, e);
        }
        Parts parts = read(ecb, ecbStore, press, pressStore, ClusterConfig.defaults(model));
        report(model, parts, ecb, press).forEach(out::println);
    }

    private static Parts read(LabelledCorpus ecb, Path ecbStore, LabelledCorpus press, Path pressStore,
            ClusterConfig config) {
        ArticleProfiler profiler = new ArticleProfiler(TermReader.english(), new MiniLmEmbedder(), config);
        try (ArticleStore e = SqliteArticleStore.open(ecbStore); ArticleStore p = SqliteArticleStore.open(pressStore)) {
            return new Parts(
                    LinkCorpus.read("ECB+ fitted topics (odd)", e, profiler, ecb.eventOf(), f -> !ecb.heldOut().test(f)),
                    LinkCorpus.read("ECB+ held-out topics (even)", e, profiler, ecb.eventOf(), ecb.heldOut()),
                    LinkCorpus.read("press-ua fitted months", p, profiler, press.eventOf(), f -> !press.heldOut().test(f)),
                    LinkCorpus.read("press-ua held-out months " + LabelledCorpus.PRESS_HELD_OUT_MONTHS, p, profiler,
                            press.eventOf(), press.heldOut()));
        }
    }

    /** The threshold on the grid at which the fitted parts score the best mean B-cubed F1. */
    private double threshold(LinkModel weights, Parts parts) {
        double best = 0.5;
        double bestScore = -1;
        for (double t = GRID; t < 1 - GRID / 2; t += GRID) {
            double score = mean(weights.withThreshold(t), parts, false);
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        out.printf(Locale.ROOT, "threshold %.3f: mean B-cubed F1 %.4f on the fitted parts%n", best, bestScore);
        return best;
    }

    /** The merge threshold on the grid, at or above the joining one, with the best mean B-cubed F1 merged again. */
    private double mergeThreshold(LinkModel model, Parts parts) {
        double best = 1;
        double bestScore = mean(model.withMergeThreshold(1), parts, true);
        for (double t = model.threshold(); t < 1 - GRID / 2; t += GRID) {
            double score = mean(model.withMergeThreshold(t), parts, true);
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        out.printf(Locale.ROOT, "merge threshold %.3f: mean B-cubed F1 %.4f on the fitted parts, merged again%n",
                best, bestScore);
        return best;
    }

    /** The mean B-cubed F1 of online clustering over the fitted parts, merged again or not. */
    private static double mean(LinkModel model, Parts parts, boolean mergeAgain) {
        double sum = 0;
        for (LinkCorpus c : parts.fitted()) {
            sum += OnlineRun.run(c, ClusterConfig.defaults(model), mergeAgain).score().bcubed().f1();
        }
        return sum / parts.fitted().size();
    }

    private List<String> report(LinkModel model, Parts parts, LabelledCorpus ecb, LabelledCorpus press) {
        List<String> lines = new ArrayList<>();
        for (LinkCorpus c : parts.all()) {
            lines.add(OnlineRun.run(c, ClusterConfig.defaults(model)).toString());
            lines.add(OnlineRun.run(c, ClusterConfig.defaults(model), true).toString());
        }
        lines.addAll(baseline(ecb));
        lines.addAll(baseline(press));
        return lines;
    }

    /** The TF-IDF baseline with its cut set on the fitted part, on both parts. */
    private static List<String> baseline(LabelledCorpus corpus) {
        TfIdfAgglomerativeBaseline baseline = new TfIdfAgglomerativeBaseline(BaselineConfig.defaults());
        Partition goldFit = gold(corpus, false);
        ThresholdSweep.Tuned tuned = ThresholdSweep.best(baseline.cluster(corpus.texts(false)).dendrogram(), goldFit);
        Partition held = baseline.cluster(corpus.texts(true)).dendrogram().cut(tuned.threshold());
        ClusterScore heldScore = ClusterScore.of(held, gold(corpus, true));
        return List.of(
                String.format(Locale.ROOT, "TF-IDF baseline, %s fitted part, cut %.4f set there: %s",
                        corpus.name(), tuned.threshold(), tuned.score().bcubed()),
                String.format(Locale.ROOT, "TF-IDF baseline, %s held-out part, same cut: %s", corpus.name(),
                        heldScore.bcubed()));
    }

    private static Partition gold(LabelledCorpus corpus, boolean held) {
        Map<String, String> part = new LinkedHashMap<>();
        corpus.texts(held).keySet().forEach(f -> part.put(f, corpus.eventOf().get(f)));
        return new Partition(part);
    }

    private static void write(Path target, LinkModel model, int examples, List<String> report) {
        List<String> header = new ArrayList<>(List.of(
                "The link model of event clustering: a logistic regression over LinkFeature, fitted by",
                "scripts/fit-link-model (org.newsgraph.eval.link.LinkModelFit) on " + LocalDate.now() + ", never edited by hand.",
                "Fitted on " + examples + " comparisons replayed from ECB+ odd topics and press-ua months other than "
                        + String.join(", ", LabelledCorpus.PRESS_HELD_OUT_MONTHS.stream().sorted().toList()) + ";",
                "the threshold is the probability on a grid of " + GRID + " with the best mean B-cubed F1 on those parts,",
                "the merge threshold the one at or above it with the best mean B-cubed F1 when clusters are merged again.",
                "Features: " + String.join(", ", Arrays.stream(LinkFeature.values()).map(LinkFeature::key).toList()),
                "Figures when fitted:"));
        report.forEach(r -> header.add("  " + r));
        try {
            Files.write(target, model.lines(header), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
