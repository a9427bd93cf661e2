package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEvents;
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

    /**
     * Opens the store to read as {@link #openToRead} does, for a command that answers with the
     * stored events and stories: when they are missing, made by other rules or behind the
     * clusters and entities, says so too; the command answers with what is stored.
     */
    ArticleStore openToReadEvents(Newsgraph newsgraph, CommandSpec spec) {
        ArticleStore store = openToRead(newsgraph, spec);
        try {
            CorpusEvents.State state = EventCatalog.state(store);
            if (state != CorpusEvents.State.CURRENT) {
                spec.commandLine().getErr().println(eventsNote(state));
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** What a read command prints of the store it opened. */
    interface Answer {
        void print(ArticleStore store, PrintWriter out) throws JsonProcessingException;
    }

    /**
     * Opens the store to read ({@link #openToRead}), prints {@code answer} to standard output and
     * closes the store; the exit status is OK.
     */
    int answer(CommandSpec spec, Answer answer) throws JsonProcessingException {
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        return answer(spec, answer, openToRead(newsgraph, spec));
    }

    /**
     * As {@link #answer(CommandSpec, Answer)}, for an answer made of the stored events and stories: says
     * so when they are not current ({@link #openToReadEvents}).
     */
    int answerFromEvents(CommandSpec spec, Answer answer) throws JsonProcessingException {
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        return answer(spec, answer, openToReadEvents(newsgraph, spec));
    }

    private static int answer(CommandSpec spec, Answer answer, ArticleStore opened) throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore store = opened) {
            answer.print(store, out);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private String outsideNote(int articles) {
        return "note: " + articles + (articles == 1 ? " stored article is" : " stored articles are")
                + " not yet in the corpus model (an analyze is running or was stopped): run"
                + " ./newsgraph analyze --store " + dir + " to bring it up to date";
    }

    private String eventsNote(CorpusEvents.State state) {
        String why = switch (state) {
            case MISSING -> "no events and stories are stored yet (the store was analysed by an older newsgraph, or an "
                    + "analyze was stopped before it stored them), so none are shown";
            case OTHER_RULES -> "the stored events and stories were made by other merging or threading rules than this "
                    + "newsgraph's; they are shown as they were made";
            case BEHIND -> "the stored events and stories are older than the store's clusters and entities (an analyze "
                    + "is running or was stopped); they are shown as they were made";
            case CURRENT -> throw new IllegalArgumentException("no note for current events");
        };
        return "note: " + why + ": run ./newsgraph analyze --store " + dir + " to bring them up to date";
    }
}
