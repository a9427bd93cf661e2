package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that reads or writes the store shares. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "Where analysed articles are kept (made on first use). Default: ${DEFAULT-VALUE}")
    Path dir;

    /** For commands that only read: a store that is not there is a bad argument (exit 2). */
    void requireExisting(CommandSpec spec) {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no store at " + dir + ": run analyze first, or name the store with --store");
        }
    }
}
