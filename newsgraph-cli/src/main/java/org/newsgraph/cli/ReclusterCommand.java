package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.clusters.ReclusterSummary;
import org.newsgraph.app.clusters.ReclusterWindow;
import org.newsgraph.app.search.SearchIndexer;
import org.newsgraph.app.search.SearchUpdate;
import org.newsgraph.cluster.ReclusterRule;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(
        name = "recluster",
        mixinStandardHelpOptions = true,
        description = {"Decides the event clusters of a window of articles again, by average linkage over every pair "
                + "of its articles (reports published more than a week apart never join unless their texts date the "
                + "event on one day), and applies the difference as merges and splits: a merge keeps the older id, a "
                + "split keeps the id on its larger part and gives the other a new one; ids are never reused. Each "
                + "merge and split is committed on its own and kept with its reason (cluster --why, the export's "
                + "cluster_history): a run stopped at any point leaves the store whole, and running it again "
                + "finishes the work; on clusters it already decided it changes nothing. Without --from/--to or "
                + "--window, every article."},
        footer = {"", "Examples:", "  ./newsgraph recluster --store newsgraph-data",
                "  ./newsgraph recluster --store newsgraph-data --window 14",
                "  ./newsgraph recluster --store newsgraph-data --from 2022-01-01 --to 2022-01-31"})
final class ReclusterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--from", paramLabel = "DATE", description = "The first publication day of the window (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "The last publication day of the window (YYYY-MM-DD).")
    String to;

    @Option(names = "--window", paramLabel = "DAYS",
            description = "The last DAYS days, up to the latest publication day in the store.")
    Integer window;

    @Option(names = "--start", paramLabel = "articles|clusters", description = "Where average linkage starts, instead "
            + "of the fitted rule's: every article alone (merges and splits), or the clusters as placed (merges only).")
    String start;

    @Option(names = "--cut", paramLabel = "P", description = "The least average-linkage probability at which two "
            + "parts join, instead of the fitted rule's (scripts/fit-recluster).")
    Double cut;

    @Option(names = "--min-pairs", paramLabel = "N", description = "The fewest pairs of articles a join's average "
            + "linkage is measured over, instead of the fitted rule's (1 with --start or --cut).")
    Integer minPairs;

    @Option(names = "--pause-ms", hidden = true, defaultValue = "0",
            description = "Waits this long before each change (tests stop a run half-way).")
    long pauseMs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(store.dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + store.dir);
        }
        ReclusterRule rule = rule();
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        try (ArticleStore articles = newsgraph.openStore(store.dir)) {
            ReclusterWindow days = window(articles);
            ReclusterSummary summary = newsgraph.reclusterRecipe(articles, days, rule, line -> {
                out.println(line);
                out.flush();
                pause(line);
            }).run().report(ReclusterSummary.class);
            out.println(summary.line());
            try (SearchIndex index = newsgraph.openSearchIndex(store.dir)) {
                SearchUpdate search = new SearchIndexer().update(articles, index, false, SearchIndexer.Progress.SILENT);
                out.println(search.line());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private void pause(String line) {
        if (pauseMs > 0 && line.startsWith("recluster: ")) {
            return;
        }
        if (pauseMs > 0) {
            try {
                Thread.sleep(pauseMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ReclusterRule rule() {
        ReclusterRule bundled = ReclusterRule.bundled();
        ReclusterRule.Start s = bundled.start();
        if (start != null) {
            try {
                s = ReclusterRule.Start.valueOf(start.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--start is articles or clusters: " + start);
            }
        }
        double t = cut == null ? bundled.threshold() : cut;
        if (!(t > 0 && t <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cut is a probability in (0, 1]: " + t);
        }
        int pairs = minPairs == null ? (start == null && cut == null ? bundled.minPairs() : 1) : minPairs;
        if (pairs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-pairs is 1 or more: " + pairs);
        }
        return new ReclusterRule(s, t, pairs, bundled.analyze());
    }

    private ReclusterWindow window(ArticleStore articles) {
        if (window != null && (from != null || to != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --window or --from/--to, not both");
        }
        if ((from == null) != (to == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from and --to come together");
        }
        if (from != null) {
            LocalDate first = day("--from", from);
            LocalDate last = day("--to", to);
            if (first.isAfter(last)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
            }
            return ReclusterWindow.between(first, last);
        }
        if (window != null) {
            if (window < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--window is 1 day or more: " + window);
            }
            return ReclusterWindow.lastDays(articles, window);
        }
        return ReclusterWindow.all();
    }

    private LocalDate day(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " is a day, YYYY-MM-DD: " + value);
        }
    }
}
