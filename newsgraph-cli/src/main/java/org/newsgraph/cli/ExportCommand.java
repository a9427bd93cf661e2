package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.export.ExportStreamer;
import org.newsgraph.app.export.ExportWriter;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {"Writes the export (CONTRACT.md, version 1) of everything in the store, without analysing again.",
            "Its events and stories are those the last analyze stored (a note says when they are not up to date)."},
        footer = {"", "Example:", "  ./newsgraph export --store newsgraph-data out.json"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "OUT.json", description = "Where to write the export.")
    Path target;

    @Override
    public Integer call() throws IOException {
        if (ExportWriter.problemWith(target) != null) {
            throw new ExitCodes.OutputException("cannot write " + target + ": " + ExportWriter.problemWith(target));
        }
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        try (ArticleStore articles = store.openToReadEvents(newsgraph, spec)) {
            ExportStreamer.Written export = new ExportWriter().write(articles, target);
            spec.commandLine().getOut().println("export written to " + target + " (" + export.articles()
                    + " articles and rejected inputs, " + export.entities() + " entities)");
        }
        return ExitCodes.OK;
    }
}
