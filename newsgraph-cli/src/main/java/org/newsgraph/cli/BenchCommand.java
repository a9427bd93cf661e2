package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.ToLongBiFunction;
import java.util.stream.Stream;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.bench.BenchReport;
import org.newsgraph.app.bench.Benches;
import org.newsgraph.app.bench.ServeBench;
import org.newsgraph.http.ApiServer;
import org.newsgraph.http.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Measures analyze against the plain CoreNLP pipeline (same annotators, same texts) in one run: "
            + "articles/s and tokens/s of each, peak heap, and their ratio. Each analyze round writes to a "
            + "new temporary store. Runs the folder again and again until --seconds have passed.",
            "Then measures event clustering: the time to add one article to the clusters of a store that "
            + "holds 1,000 and then 10,000 articles (synthetic profiles, a real store), and how it grows.",
            "Then measures the reads (with --only reads, or --read-sizes): DIR is analysed once into a template store, "
            + "copies of it (new ids, files, URLs, days) fill a real store to each of --read-sizes articles with "
            + "their entities, clusters, events and stories, and at each size the median time of events, events --type T (the type of the template's first event), timeline "
            + "--entity X, entities --name X and story ID, and the heap export keeps alive, are reported.",
            "With --only serve: copies of DIR's analysed articles fill a real store to --serve-size articles, reindex "
            + "makes its search index, and the server is started over it; --clients clients then search it for the "
            + "words of DIR's titles and read its events (web page and API) for --seconds, while an analyze of "
            + "--added adds articles to the same store. Reported: requests, failures and p50/p95/p99 of each route, "
            + "and how soon the server showed what analyze added."},
        footer = {"", "Examples:", "  ./newsgraph bench examples/nato-zelensky --seconds 30",
            "  ./newsgraph bench --only clustering",
            "  ./newsgraph bench --only reads --read-sizes 10000,100000",
            "  ./newsgraph bench --only serve --serve-size 100000 --clients 8 --seconds 60",
            "  ./newsgraph bench --only add --add-sizes 1000,100000 --work /tmp/add-bench"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Articles to measure on. Default: the bundled examples.")
    Path dir;

    @Option(names = "--seconds", paramLabel = "S",
            description = "Measure for at least this long. Default: 30, and 60 for the serve bench")
    Integer seconds;

    @Option(names = "--depparse",
            description = "Run CoreNLP's dependency parser in analyze and in the plain CoreNLP it is measured against: "
                    + "what the parser would cost (compare with a run without it)")
    boolean depparse;

    @Option(names = "--only", paramLabel = "PART",
            description = "Measure one part only: ${COMPLETION-CANDIDATES}. Default: analyze and clustering, "
                    + "and reads when --read-sizes is given")
    Part only;

    @Option(names = "--cluster-sizes", paramLabel = "N", split = ",", defaultValue = "1000,10000",
            description = "Store sizes at which clustering is timed. Default: ${DEFAULT-VALUE}")
    List<Integer> clusterSizes;

    @Option(names = "--read-sizes", paramLabel = "N", split = ",",
            description = "Store sizes at which the reads are measured. Default with --only reads: 10000,100000")
    List<Integer> readSizes;

    @Option(names = "--serve-size", paramLabel = "N", defaultValue = "100000",
            description = "The articles of the store the serve bench serves. Default: ${DEFAULT-VALUE}")
    int serveSize;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8",
            description = "The clients that ask the server at the same time. Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--added", paramLabel = "DIR",
            description = "The articles analyze adds while the serve bench runs. Default: copies of DIR's under new "
                    + "names, each with a line more")
    Path added;

    @Option(names = "--work", paramLabel = "DIR",
            description = "The folder the serve and add benches make their stores in, kept after them; when it holds "
                    + "those of an earlier run of the same --serve-size (a store-N folder for each --add-sizes N), "
                    + "they are taken up again. Default: a temporary folder, deleted after")
    Path work;

    @Option(names = "--add-sizes", paramLabel = "N", split = ",", defaultValue = "1000,100000",
            description = "Store sizes at which adding one article is timed. Default: ${DEFAULT-VALUE}")
    List<Integer> addSizes;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Articles added one at a time at each size by the add bench. Default: ${DEFAULT-VALUE}")
    int rounds;

    enum Part { analyze, clustering, reads, serve, add }

    @Override
    public Integer call() throws IOException {
        if (clusterSizes.stream().anyMatch(n -> n < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cluster-sizes: sizes are positive");
        }
        if (readSizes != null && readSizes.stream().anyMatch(n -> n < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--read-sizes: sizes are positive");
        }
        if (serveSize < 1 || clients < 1 || seconds != null && seconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--serve-size, --clients and --seconds are positive");
        }
        if (added != null && !Files.isDirectory(added)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--added: no such folder: " + added);
        }
        if (addSizes.stream().anyMatch(n -> n < 1) || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--add-sizes and --rounds are positive");
        }
        if (only == Part.add) {
            addBench();
            return ExitCodes.OK;
        }
        if (only == Part.serve) {
            serveBench();
            return ExitCodes.OK;
        }
        if (only == null || only == Part.analyze) {
            analyzeBench();
        }
        if (only == null || only == Part.clustering) {
            clusterBench();
        }
        if (only == Part.reads || only == null && readSizes != null) {
            readBench();
        }
        return ExitCodes.OK;
    }

    private void clusterBench() throws IOException {
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        inFolder(null, "newsgraph-bench-clusters", folder -> benches(newsgraph)
                .clusters(newsgraph.config().clusters(), folder, clusterSizes.stream().sorted().toList()).render());
    }

    private void readBench() throws IOException {
        Path folder = articles();
        List<Integer> sizes = (readSizes != null ? readSizes : List.of(10_000, 100_000)).stream().sorted().toList();
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        NlpAnnotator annotator = newsgraph.coreNlp(() -> log("reads: loading the CoreNLP models"));
        inFolder(null, "newsgraph-bench-reads", work -> benches(newsgraph).reads(annotator, Main.class.getName())
                .run(folder, sizes, work).render());
    }

    private void serveBench() throws IOException {
        Path folder = articles();
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        ServeBench.Server server = store -> {
            ApiServer api = ApiServer.start(newsgraph, store, ServerConfig.defaults().withAddress("127.0.0.1", 0),
                    line -> log("serve: server: " + line));
            return new ServeBench.Running() {
                @Override
                public String root() {
                    return api.pagesUrl();
                }

                @Override
                public void close() {
                    api.close();
                }
            };
        };
        ServeBench.Settings settings = new ServeBench.Settings(serveSize, clients,
                Duration.ofSeconds(seconds == null ? 60 : seconds), added);
        inFolder(work, "newsgraph-bench-serve", workFolder -> benches(newsgraph).serve(server, Main.class.getName())
                .run(folder, workFolder, settings).render());
    }

    private void addBench() throws IOException {
        Path folder = articles();
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        NlpAnnotator annotator = newsgraph.coreNlp(() -> log("add: loading the CoreNLP models"));
        inFolder(work, "newsgraph-bench-add", workFolder -> benches(newsgraph).add(annotator)
                .run(folder, addSizes.stream().sorted().toList(), workFolder, rounds).render());
    }

    private void analyzeBench() throws IOException {
        Path folder = articles();
        log("loading the CoreNLP models ...");
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults().withDependencyParse(depparse));
        ToLongBiFunction<String, Optional<LocalDate>> corenlp = newsgraph.plainCoreNlp();
        NewsgraphConfig config = newsgraph.config();
        BenchReport report = benches(newsgraph)
                .analyze(Newsgraph.textRecipe(newsgraph.languageIdentifier()), config.ingest(), newsgraph::sentenceEmbedder,
                        newsgraph.coreNlp(() -> { }), corenlp::applyAsLong, config.threads(),
                        Duration.ofSeconds(seconds == null ? 30 : seconds))
                .run(folder);
        spec.commandLine().getOut().println(report.render());
    }

    /** The benches over analyze as {@code newsgraph} wires it, logging to standard error. */
    private Benches benches(Newsgraph newsgraph) {
        return new Benches(newsgraph.analyzer(), newsgraph::openStore, newsgraph::openStoreReadOnly,
                newsgraph::openSearchIndex, newsgraph::corpusRecipe, this::log);
    }

    /** A bench run in a folder, returning its report as printed. */
    private interface FolderBench {
        String run(Path folder) throws IOException;
    }

    /**
     * Runs {@code bench} in {@code kept} when it is given (and keeps it), else in a temporary folder
     * deleted after, and prints its report.
     */
    private void inFolder(Path kept, String prefix, FolderBench bench) throws IOException {
        Path folder = kept != null ? Files.createDirectories(kept) : Files.createTempDirectory(prefix);
        try {
            spec.commandLine().getOut().println(bench.run(folder));
        } finally {
            if (kept == null) {
                deleteTree(folder);
            }
        }
    }

    private void log(String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }

    private Path articles() {
        Path folder = dir != null ? dir : bundledExamples();
        if (!Files.exists(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + folder);
        }
        return folder;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The examples beside the launcher, which names its own folder in newsgraph.home. */
    private static Path bundledExamples() {
        return Path.of(System.getProperty("newsgraph.home", ".")).resolve("examples/nato-zelensky");
    }
}
