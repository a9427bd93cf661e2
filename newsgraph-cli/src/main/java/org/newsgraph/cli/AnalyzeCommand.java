package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.Outcome;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.export.ExportWriter;
import org.newsgraph.app.search.SearchIndexer;
import org.newsgraph.app.search.SearchUpdate;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {"Analyses articles into the store and, with --export, writes the whole store as JSON.",
            "Inputs: .txt (first line the title), .html/.htm/.html.gz, .jsonl (one article a line) and "
                + "metadata.jsonl sidecars; folders are read recursively in name order. Articles already stored "
                + "are skipped; unreadable inputs are rejected with a reason and the run goes on.",
            "At the end of a run the store's corpus model (entities across articles, event clusters, the "
                + "events merged from each cluster's reports and the stories they form) is brought up to date "
                + "and stored, for the commands that read it, and so is the search index (STORE/search/, for the "
                + "search command and the API); without INPUT, analyze does only that (after a "
                + "stopped run, or to upgrade a store of an older newsgraph).",
            "Commands that read the store run beside analyze; a second analyze of one store exits 4."},
        footer = {"", "Example:", "  ./newsgraph analyze examples/nato-zelensky --export out.json --store newsgraph-data",
            "  ./newsgraph analyze --store newsgraph-data"})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Files and folders to read. None: bring the existing store's corpus model up to date only.")
    List<Path> inputs;

    @Option(names = "--export", paramLabel = "OUT.json", description = "Write the export (CONTRACT.md, version 1) here.")
    Path export;

    @Mixin
    StoreOption store;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "16",
            description = "Reject input files larger than this. Default: ${DEFAULT-VALUE}")
    int maxFileMb;

    @Option(names = "--languages", paramLabel = "CODES", split = ",",
            description = "ISO 639-1 codes of the languages to tell articles apart by, at least two "
                    + "(fewer are faster). Default: the 15 languages most news is published in.")
    Set<String> languages;

    @Option(names = "--threads", paramLabel = "N",
            description = "Analyse up to N articles at once; what is stored does not depend on it. Default: the "
                    + "number of processors, at most " + NewsgraphConfig.MAX_DEFAULT_THREADS + ".")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        if (maxFileMb < 1 || maxFileMb > 2047) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-mb must be from 1 to 2047");
        }
        if (threads != null && (threads < 1 || threads > 64)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be from 1 to 64");
        }
        List<Path> read = inputs == null ? List.of() : inputs;
        if (read.isEmpty() && !Files.isDirectory(store.dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no INPUT, and no store at " + store.dir
                    + " to bring up to date: name the files and folders to analyze");
        }
        if (export != null && ExportWriter.problemWith(export) != null) {
            throw new ExitCodes.OutputException("cannot write " + export + ": " + ExportWriter.problemWith(export));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Newsgraph newsgraph = new Newsgraph(config());
        try (ArticleStore articles = newsgraph.openStore(store.dir)) {
            TerminalProgress progress = TerminalProgress.forStderr(err);
            RunSummary summary = newsgraph.analyzer().analyze(read, articles,
                    newsgraph.coreNlp(() -> progress.note("loading the CoreNLP models ...")), progress);
            SearchUpdate search;
            try (SearchIndex index = newsgraph.openSearchIndex(store.dir)) {
                search = new SearchIndexer().update(articles, index, summary.searchChanges(), progress::indexed);
            }
            progress.finish();
            out.println(describe(summary) + " | " + search.line());
            out.print(new TimelineSummary().render(
                    EventCatalog.of(articles).timeline(new EventQuery(null, null, null, null, true)), store.dir.toString()));
            if (export != null) {
                new ExportWriter().write(articles, export);
                out.println("export written to " + export);
            }
        }
        return ExitCodes.OK;
    }

    private NewsgraphConfig config() {
        NewsgraphConfig defaults = NewsgraphConfig.defaults();
        NewsgraphConfig config = defaults.withIngest(defaults.ingest().withMaxFileBytes(maxFileMb * 1024L * 1024L));
        if (threads != null) {
            config = config.withThreads(threads);
        }
        if (languages == null) {
            return config;
        }
        try {
            return config.withLanguages(languages);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--languages: " + e.getMessage());
        }
    }

    static String describe(RunSummary s) {
        return String.format(Locale.ROOT,
                "articles: %d ok, %d duplicate, %d already stored, %d rejected, %d failed | "
                        + "entities: %d, timexes: %d | elapsed %.1f s, %.2f articles/s | corpus entities: %d (%d merged) | event clusters: %d",
                s.count(Outcome.OK), s.count(Outcome.DUPLICATE), s.count(Outcome.ALREADY_STORED),
                s.count(Outcome.REJECTED), s.count(Outcome.FAILED), s.entities(), s.timexes(),
                s.elapsed().toMillis() / 1000.0, s.articlesPerSecond(), s.corpusEntities(), s.mergedEntities(),
                s.clusters());
    }
}
