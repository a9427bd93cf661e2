package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.export.ExportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(
        name = "events",
        mixinStandardHelpOptions = true,
        description = {"Lists the events of the store, one row an event, by cluster: the event each cluster of "
                + "articles is about (kind main) and the events its articles report or mention, with the date and "
                + "its basis, type, title, place, how many articles report it and their outlets (else files).",
            "The ids are the export's: v3 is cluster c3's event, v3.1 the first other event its articles tell.",
            "The events are those the last analyze stored; reading merges nothing (a note says when they are "
                + "not up to date)."},
        footer = {"", "Examples:", "  ./newsgraph events --store newsgraph-data --type visit --entity kowal",
            "  ./newsgraph events --store newsgraph-data --kind main --place lisbon",
            "  ./newsgraph events --store newsgraph-data --outlet \"Daily Planet\""})
final class EventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only events of this type (visit, meeting, summit, call, attack, ...; any case).")
    String type;

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Only events in which an entity with these words in its name or an alias takes part or "
                    + "which happen there, matched as entities --name matches (the last word may be cut short).")
    String entity;

    @Option(names = "--place", paramLabel = "NAME",
            description = "Only events set in a place with these words in its name or an alias, matched as entities "
                    + "--name matches.")
    String place;

    @Option(names = "--outlet", paramLabel = "NAME",
            description = "Only events an article of this outlet reports (its whole name, any case).")
    String outlet;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "Only events told this way: main (what a cluster of articles is about), reported or "
                    + "mentioned.")
    String kind;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "Show at most N events, the first in listing order; 0 for every one. A large store is read "
                    + "a page at a time until N are found. Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--json", description = "Print a JSON array of the export's events instead of a table.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        if (limit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit: give 0 (every event) or more");
        }
        if (kind != null && !EventQuery.KINDS.contains(kind.strip().toLowerCase(Locale.ROOT))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--kind: '" + kind + "' is no kind of event: give " + String.join(", ", EventQuery.KINDS));
        }
        return store.answerFromEvents(spec, (articles, out) -> {
            EventCatalog catalog = EventCatalog.of(articles);
            Set<String> entities = EntityQuery.idsNamed(articles.corpusEntities(), entity);
            Set<String> places = EntityQuery.idsNamed(articles.corpusEntities(), place);
            EventQuery query = new EventQuery(type, entities, places, outlet, kind, null, null);
            EventCatalog.Page page = limit > 0 ? catalog.events(query, limit)
                    : new EventCatalog.Page(catalog.events(query), false);
            List<ListedEvent> shown = page.events();
            if (json) {
                out.println(ExportWriter.asJson(shown.stream().map(ListedEvent::event).toList()));
            } else if (shown.isEmpty()) {
                out.println(nothingShown(catalog.size(), catalog.analysedArticles()));
            } else {
                out.print(EventTable.listing().render(shown));
                long main = shown.stream().filter(e -> e.event().salience().equals("main")).count();
                out.println(page.more()
                        ? "the first " + shown.size() + " of " + catalog.size() + " events (" + main + " main) that the "
                                + "options pick; more follow: --limit 0 lists every one"
                        : shown.size() + " of " + catalog.size() + " events (" + main + " main)");
            }
        });
    }

    private String nothingShown(int total, long articles) {
        if (total == 0 && articles > 0) {
            return "no events found in the " + articles + " analysed articles of store " + store.dir;
        }
        if (total == 0) {
            return "no events in store " + store.dir + ": analyze some articles into it first, e.g.\n"
                    + "  ./newsgraph analyze examples/nato-zelensky --store " + store.dir;
        }
        List<String> asked = new ArrayList<>();
        if (type != null) {
            asked.add("of type '" + type + "'");
        }
        if (entity != null) {
            asked.add("about an entity named '" + entity + "'");
        }
        if (place != null) {
            asked.add("set in a place named '" + place + "'");
        }
        if (outlet != null) {
            asked.add("reported by '" + outlet + "'");
        }
        if (kind != null) {
            asked.add("of kind " + kind);
        }
        return "none of the " + total + " events in store " + store.dir + " is " + String.join(" and ", asked);
    }
}
