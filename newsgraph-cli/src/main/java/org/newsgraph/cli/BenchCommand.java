package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.bench.BenchReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Measures analyze against the plain CoreNLP pipeline (same annotators, same texts) in one run:",
            "articles/s and tokens/s of each, peak heap, and their ratio. Each analyze round writes to a",
            "new temporary store. Runs the folder again and again until --seconds have passed."},
        footer = {"", "Example:", "  ./newsgraph bench examples/nato-zelensky --seconds 30"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Articles to measure on. Default: the bundled examples.")
    Path dir;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
            description = "Measure for at least this long. Default: ${DEFAULT-VALUE}")
    int seconds;

    @Override
    public Integer call() throws IOException {
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
        return ExitCodes.OK;
    }

    /** The examples beside the launcher, which names its own folder in newsgraph.home. */
    private static Path bundledExamples() {
        return Path.of(System.getProperty("newsgraph.home", ".")).resolve("examples/nato-zelensky");
    }
}
