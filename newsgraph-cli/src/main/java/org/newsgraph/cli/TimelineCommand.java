package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.events.Timeline;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportWriter;
import org.newsgraph.model.DatePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = {"Shows the dated events of the store in date order: the events clusters of articles are "
                + "about (kind main) and those their articles report or mention, each with the basis of its date, "
                + "type, title, place and the outlets (else files) that report it. Undated events are counted, "
                + "not shown (./newsgraph events lists them), but for the main ones, each with why it has no date.",
            "An event dated to a month or a year is in a --from/--to range when that month or year overlaps it.",
            "The events are those the last analyze stored; reading merges nothing (a note says when they are "
                + "not up to date)."},
        footer = {"", "Example:", "  ./newsgraph timeline --store newsgraph-data",
            "  ./newsgraph timeline --entity kowal --from 2023-01 --to 2023-06-30"})
final class TimelineCommand implements Callable<Integer> {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Only events in which an entity with these words in its name or an alias takes part or "
                    + "which happen there, matched as entities --name matches.")
    String entity;

    @Option(names = "--from", paramLabel = "DATE",
            description = "Only events on or after this date: YYYY-MM-DD, YYYY-MM (its first day) or YYYY.")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Only events on or before this date: YYYY-MM-DD, YYYY-MM (its last day) or YYYY.")
    String to;

    @Option(names = "--json", description = "Print a JSON array of the export's events, in timeline order: the dated "
            + "ones, then the undated main events, each with why it has no date as its date's note.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        EventQuery query = query(null);
        return store.answerFromEvents(spec, (articles, out) -> {
            Set<String> entities = EntityQuery.idsNamed(articles.corpusEntities(), entity);
            Timeline timeline = EventCatalog.of(articles).timeline(query(entities));
            if (json) {
                List<ExportDocument.Event> shown = new ArrayList<>(timeline.events().stream().map(ListedEvent::event).toList());
                timeline.undatedMain().forEach(u -> shown.add(u.explained()));
                out.println(ExportWriter.asJson(shown));
            } else if (timeline.events().isEmpty()) {
                out.println("no dated events in store " + store.dir + asked()
                        + (timeline.undated() == 0 ? "" : " (" + timeline.undated() + " undated: ./newsgraph events lists them)"));
            } else {
                out.print(EventTable.timeline().render(timeline.events()));
                out.println(footer(timeline));
            }
            if (!json) {
                timeline.undatedMain().forEach(u -> out.println("undated " + u.event().event().id() + " "
                        + u.event().event().title() + ": " + u.reason()));
            }
        });
    }

    /** The query; checks the dates before anything is opened, a bad one being a usage error (exit 2). */
    private EventQuery query(Set<String> entities) {
        DatePeriod start = date("--from", from);
        DatePeriod end = date("--to", to);
        try {
            return new EventQuery(null, entities, start, end, false);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
    }

    private DatePeriod date(String option, String value) {
        if (value == null) {
            return null;
        }
        return (ISO_DATE.matcher(value.strip()).matches() ? DatePeriod.of(value) : Optional.<DatePeriod>empty())
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        option + ": '" + value + "' is no date: give YYYY-MM-DD, YYYY-MM or YYYY (2023-04-20, 2023-04, 2023)"));
    }

    private String asked() {
        String range = (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
        return (entity == null ? "" : " about an entity named '" + entity + "'") + range;
    }

    private static String footer(Timeline timeline) {
        List<ListedEvent> events = timeline.events();
        String first = events.get(0).event().date().value();
        String last = events.get(events.size() - 1).event().date().value();
        return events.size() + " dated events, " + first + (first.equals(last) ? "" : " to " + last)
                + (timeline.undated() == 0 ? "" : "; " + timeline.undated() + " undated not shown");
    }
}
