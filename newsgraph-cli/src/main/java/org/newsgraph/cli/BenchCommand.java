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
import org.newsgraph.app.bench.BenchReport;
import org.newsgraph.app.bench.ClusterBenchReport;
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
            + "holds 1,000 and then 10,000 articles (synthetic profiles, a real store), and how it grows."},
        footer = {"", "Examples:", "  ./newsgraph bench examples/nato-zelensky --seconds 30",
            "  ./newsgraph bench --only clustering"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Articles to measure on. Default: the bundled examples.")
    Path dir;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
            description = "Measure for at least this long. Default: ${DEFAULT-VALUE}")
    int seconds;

    @Option(names = "--only", paramLabel = "PART",
            description = "Measure one part only: ${COMPLETION-CANDIDATES}. Default: both")
    Part only;

    @Option(names = "--cluster-sizes", paramLabel = "N", split = ",", defaultValue = "1000,10000",
            description = "Store sizes at which clustering is timed. Default: ${DEFAULT-VALUE}")
    List<Integer> clusterSizes;

    enum Part { analyze, clustering }

    @Override
    public Integer call() throws IOException {
        if (clusterSizes.stream().anyMatch(n -> n < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cluster-sizes: sizes are positive");
        }
        if (only != Part.clustering) {
            analyzeBench();
        }
        if (only != Part.analyze) {
            clusterBench();
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

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void analyzeBench() throws IOException {
        Path folder = dir != null ? dir : bundledExamples();
        if (!Files.exists(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + folder);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("loading the CoreNLP models ...");
        err.flush();
        BenchReport report = new Newsgraph(NewsgraphConfig.defaults())
                .bench(Duration.ofSeconds(seconds), line -> { err.println(line); err.flush(); })
                .run(folder);
        spec.commandLine().getOut().println(report.render());
    }

    /** The examples beside the launcher, which names its own folder in newsgraph.home. */
    private static Path bundledExamples() {
        return Path.of(System.getProperty("newsgraph.home", ".")).resolve("examples/nato-zelensky");
    }
}
