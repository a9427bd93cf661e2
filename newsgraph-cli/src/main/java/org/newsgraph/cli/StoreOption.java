package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that reads or writes the store shares. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "Where analysed articles are kept (made on first use). Default: ${DEFAULT-VALUE}")
    Path dir;
}
