package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that reads or writes the store shares, and how reads open the store. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "The store: where analyze keeps what it analysed (made by the first analyze). Default: ${DEFAULT-VALUE}")
    Path dir;

    /**
     * Opens the store to read only: beside an analyze that writes it, and never changing it. When
     * it holds articles its corpus model does not account for yet, says so in one line on standard
     * error; the command answers with what is there.
     */
    ArticleStore openToRead(Newsgraph newsgraph, CommandSpec spec) {
        ArticleStore store = newsgraph.openStoreReadOnly(dir);
        try {
            int outside = store.articlesOutsideCorpusModel();
            if (outside > 0) {
                spec.commandLine().getErr().println(outsideNote(outside));
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private String outsideNote(int articles) {
        return "note: " + articles + (articles == 1 ? " stored article is" : " stored articles are")
                + " not yet in the corpus model (an analyze is running or was stopped): run"
                + " ./newsgraph analyze --store " + dir + " to bring it up to date";
    }
}
