package org.newsgraph.cli;

import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.search.SearchIndexer;
import org.newsgraph.app.search.SearchUpdate;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = {"Makes the store's search index (STORE/search/) again from the store: its articles, quotes, "
                + "claims, entities and events. analyze keeps the index current by itself; reindex is for an index "
                + "that was deleted, broken, or made by another newsgraph.",
            "The new index replaces the old one in one commit: searches beside it see the old or the new one. "
                + "It writes, so it waits for no analyze: while one runs on the store it exits 4."},
        footer = {"", "Example:", "  ./newsgraph reindex --store newsgraph-data"})
final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + store.dir
                    + ": analyze some articles into it first, e.g. ./newsgraph analyze examples/nato-zelensky --store "
                    + store.dir);
        }
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        TerminalProgress progress = TerminalProgress.forStderr(spec.commandLine().getErr());
        SearchUpdate update;
        try (ArticleStore articles = newsgraph.openStore(store.dir);
                SearchIndex index = newsgraph.openSearchIndex(store.dir)) {
            update = new SearchIndexer().update(articles, index, true, progress::indexed);
        }
        progress.finish();
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "search index: %d documents in %.1f s: %s",
                update.documents(), update.elapsed().toMillis() / 1000.0, store.dir.resolve(Newsgraph.SEARCH_FOLDER)));
        return ExitCodes.OK;
    }
}
