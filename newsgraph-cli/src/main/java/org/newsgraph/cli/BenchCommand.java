package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.bench.AddBenchReport;
import org.newsgraph.app.bench.BenchReport;
import org.newsgraph.app.bench.ClusterBenchReport;
import org.newsgraph.app.bench.ReadBenchReport;
import org.newsgraph.app.bench.ServeBench;
import org.newsgraph.app.bench.ServeBenchReport;
import org.newsgraph.http.ApiServer;
import org.newsgraph.http.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
            + "their entities, clusters, events and stories, and at each size the median time of events, timeline "
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
        PrintWriter err = spec.commandLine().getErr();
        Path store = Files.createTempDirectory("newsgraph-bench-clusters");
        try {
            ClusterBenchReport report = new Newsgraph(NewsgraphConfig.defaults())
                    .clusterBench(store, clusterSizes.stream().sorted().toList(), line -> { err.println(line); err.flush(); });
            spec.commandLine().getOut().println(report.render());
        } finally {
            deleteTree(store);
        }
    }

    private void readBench() throws IOException {
        Path folder = articles();
        PrintWriter err = spec.commandLine().getErr();
        List<Integer> sizes = (readSizes != null ? readSizes : List.of(10_000, 100_000)).stream().sorted().toList();
        Path work = Files.createTempDirectory("newsgraph-bench-reads");
        try {
            ReadBenchReport report = new Newsgraph(NewsgraphConfig.defaults())
                    .readBench(folder, work, sizes, Main.class.getName(), line -> { err.println(line); err.flush(); });
            spec.commandLine().getOut().println(report.render());
        } finally {
            deleteTree(work);
        }
    }

    private void serveBench() throws IOException {
        Path folder = articles();
        PrintWriter err = spec.commandLine().getErr();
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        ServeBench.Server server = store -> {
            ApiServer api = ApiServer.start(newsgraph, store, ServerConfig.defaults().withAddress("127.0.0.1", 0),
                    line -> { err.println("serve: server: " + line); err.flush(); });
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
        Path workFolder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsgraph-bench-serve");
        try {
            ServeBenchReport report = newsgraph.serveBench(server, Main.class.getName(), line -> { err.println(line); err.flush(); })
                    .run(folder, workFolder, new ServeBench.Settings(serveSize, clients,
                            Duration.ofSeconds(seconds == null ? 60 : seconds), added));
            spec.commandLine().getOut().println(report.render());
        } finally {
            if (work == null) {
                deleteTree(workFolder);
            }
        }
    }

    private void addBench() throws IOException {
        Path folder = articles();
        PrintWriter err = spec.commandLine().getErr();
        Path workFolder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsgraph-bench-add");
        try {
            AddBenchReport report = new Newsgraph(NewsgraphConfig.defaults())
                    .addBench(line -> { err.println(line); err.flush(); })
                    .run(folder, addSizes.stream().sorted().toList(), workFolder, rounds);
            spec.commandLine().getOut().println(report.render());
        } finally {
            if (work == null) {
                deleteTree(workFolder);
            }
        }
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

    private void analyzeBench() throws IOException {
        Path folder = articles();
        PrintWriter err = spec.commandLine().getErr();
        err.println("loading the CoreNLP models ...");
        err.flush();
        BenchReport report = new Newsgraph(NewsgraphConfig.defaults())
                .bench(Duration.ofSeconds(seconds == null ? 30 : seconds), line -> { err.println(line); err.flush(); })
                .run(folder);
        spec.commandLine().getOut().println(report.render());
    }

    /** The examples beside the launcher, which names its own folder in newsgraph.home. */
    private static Path bundledExamples() {
        return Path.of(System.getProperty("newsgraph.home", ".")).resolve("examples/nato-zelensky");
    }
}
