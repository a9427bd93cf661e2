package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.search.StoreState;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.search.HitKind;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.search.SearchIndexMissingException;
import org.newsgraph.search.SearchQuery;
import org.newsgraph.search.SearchResult;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {"Searches the store's articles, quotes, claims, entities and events, best first: each hit with "
                + "its kind, the export's id, date, outlet and title, and a snippet where the words matched «like "
                + "this»; then how many hits each outlet, entity, event type, language and month has.",
            "QUERY: words (all must match), \"a phrase\", OR, NOT or -word, (brackets), a trailing * (berg*), "
                + "title:word. A name of an entity finds its other spellings too: Beijing finds the articles that "
                + "write Peking.",
            "It reads the search index analyze keeps (STORE/search/); a note says when it is behind the store."},
        footer = {"", "Examples:", "  ./newsgraph search meeting --store newsgraph-data",
            "  ./newsgraph search '\"air defence\" OR Patriot' --kind article --from 2023 --store newsgraph-data"})
final class SearchCommand implements Callable<Integer> {

    private static final int MAX_LIMIT = 100;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to search for (quote it in the shell).")
    String query;

    @Mixin
    StoreOption store;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only hits of these kinds: article, quote, claim, entity, event (comma-separated).")
    List<String> kinds;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only hits from this outlet (its whole name, any case).")
    String outlet;

    @Option(names = "--entity", paramLabel = "ID", description = "Only hits that name this entity (its id, e.g. e11).")
    String entity;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only events (and entities) of this type (visit, meeting, person, ...).")
    String type;

    @Option(names = "--language", paramLabel = "CODE", description = "Only hits in this language (en, fr, ...).")
    String language;

    @Option(names = "--from", paramLabel = "DATE", description = "Only hits dated on or after: YYYY-MM-DD, YYYY-MM or YYYY.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only hits dated on or before: YYYY-MM-DD, YYYY-MM or YYYY.")
    String to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Show this many hits, 1 to 100. Default: ${DEFAULT-VALUE}")
    int limit;

    @Override
    public Integer call() {
        SearchQuery asked = new SearchQuery(query, kinds(), outlet, entity, type, language, date("--from", from),
                date("--to", to), 0, checkedLimit());
        PrintWriter out = spec.commandLine().getOut();
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        try (ArticleStore articles = store.openToRead(newsgraph, spec);
                SearchIndex index = newsgraph.openSearchIndex(store.dir)) {
            Optional<String> state = index.state();
            if (state.isEmpty()) {
                throw new SearchIndexMissingException("no search index in store " + store.dir
                        + ": make it with ./newsgraph reindex --store " + store.dir);
            }
            if (!state.get().equals(StoreState.of(articles))) {
                spec.commandLine().getErr().println("note: the search index is behind the store (an analyze is running "
                        + "or was stopped): run ./newsgraph analyze --store " + store.dir + " to bring it up to date");
            }
            SearchResult result = index.search(asked);
            print(out, result);
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, SearchResult result) {
        if (result.total() == 0) {
            out.println("no hits for " + query + " in store " + store.dir);
            return;
        }
        for (SearchResult.Hit hit : result.hits()) {
            out.println(String.join("  ", hit.id(), hit.kind().word(), hit.date() == null ? "undated" : hit.date(),
                    hit.outlet() == null ? "-" : hit.outlet(), hit.title() == null ? "" : hit.title()));
            out.println("    " + marked(hit.snippet()));
        }
        out.println(result.hits().size() + " of " + (result.estimated() ? "about " : "") + result.total() + " hits"
                + (result.estimated() ? " (counts estimated on a sample of the hits)" : ""));
        result.facets().forEach((facet, counts) -> {
            if (!counts.isEmpty()) {
                out.println(facet + ": " + counts.stream().map(c -> c.label() + (c.label().equals(c.value()) ? "" :
                        " (" + c.value() + ")") + " " + c.count()).collect(Collectors.joining(", ")));
            }
        });
    }

    /** The snippet with its matches between « and ». */
    static String marked(SearchResult.Snippet snippet) {
        StringBuilder s = new StringBuilder();
        int at = 0;
        for (SearchResult.Mark m : snippet.marks()) {
            s.append(snippet.text(), at, m.start()).append('«').append(snippet.text(), m.start(), m.end()).append('»');
            at = m.end();
        }
        return s.append(snippet.text().substring(at)).toString();
    }

    private Set<HitKind> kinds() {
        if (kinds == null) {
            return Set.of();
        }
        return kinds.stream().map(k -> HitKind.of(k).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--kind " + k + ": give article, quote, claim, entity or event"))).collect(Collectors.toSet());
    }

    private DatePeriod date(String option, String value) {
        if (value == null) {
            return null;
        }
        Optional<DatePeriod> period = value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? DatePeriod.of(value) : Optional.empty();
        return period.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), option + " " + value
                + ": not a date: give YYYY-MM-DD, YYYY-MM or YYYY"));
    }

    private int checkedLimit() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit " + limit + ": give 1 to " + MAX_LIMIT);
        }
        return limit;
    }

}
