package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command: the only place that turns exceptions into exit codes. */
@Command(
        name = "newsgraph",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Reads news articles and answers which events happened, who took part, who said what "
                + "and which outlets reported each one.",
        subcommands = {AnalyzeCommand.class, ExportCommand.class, EntitiesCommand.class, QuotesCommand.class, ClaimsCommand.class,
            EventsCommand.class, TimelineCommand.class, StoryCommand.class, ClustersCommand.class, ClusterCommand.class,
            SearchCommand.class, ReindexCommand.class, ReclusterCommand.class, ServeCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Example:", "  ./newsgraph analyze examples/nato-zelensky --export out.json",
            "", "Reads (export, entities, events, ...) run while analyze writes the same store;",
            "serve answers them over HTTP as JSON (docs/api.md).",
            "", "Exit status: 0 done (some inputs may be rejected), 1 internal error, 2 bad arguments",
            "or no store, 3 output not writable, 4 store being written by another analyze,",
            "5 store of another newsgraph version (the message says what to do)."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        int status = cli.execute(args);
        // print() does not flush an auto-flushing PrintWriter: a table printed last would be lost
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(status);
    }

    /** The configured command line, for the entry point and for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExitCodeExceptionMapper(new ExitCodes())
                .setExecutionExceptionHandler(new ExitCodes())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
