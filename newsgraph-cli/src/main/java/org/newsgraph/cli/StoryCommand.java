package org.newsgraph.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.events.ListedStory;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "story",
        mixinStandardHelpOptions = true,
        description = {"Shows a story: events linked by the people and organisations that take part in them and the "
                + "places they happen in, as a timeline: each event with its date, title, place and participants, "
                + "and for each article that reports it the outlet (else the file) and the sentence that tells it.",
            "Without ID, lists the stories with their ids.",
            "The stories and events are those the last analyze stored; reading threads nothing (a note says when "
                + "they are not up to date)."},
        footer = {"", "Example:", "  ./newsgraph story --store newsgraph-data", "  ./newsgraph story s1 --store newsgraph-data"})
final class StoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "The story's id, as the export and the list give it (s1).")
    String id;

    @Option(names = "--json", description = "Print the story with its events as the export gives them, as JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        return store.answerFromEvents(spec, (articles, out) -> {
            EventCatalog catalog = EventCatalog.of(articles);
            if (id == null) {
                list(out, catalog.stories());
                return;
            }
            Optional<ListedStory> story = catalog.story(id);
            if (story.isEmpty()) {
                throw new ExitCodes.NotFoundException("no story " + id + " in store " + store.dir
                        + known(catalog.stories()));
            }
            if (json) {
                ExportDocument.Story s = story.get().story();
                out.println(ExportWriter.asJson(new Json(s.id(), s.title(),
                        story.get().events().stream().map(ListedEvent::event).toList())));
            } else {
                out.print(new StoryView().render(story.get()));
                out.flush();
            }
        });
    }

    private void list(PrintWriter out, List<ExportDocument.Story> stories) throws JsonProcessingException {
        if (json) {
            out.println(ExportWriter.asJson(stories));
        } else if (stories.isEmpty()) {
            out.println("no stories in store " + store.dir + ": a story needs two events that share two participants, "
                    + "or one participant and the place");
        } else {
            stories.forEach(s -> out.println(s.id() + "  " + s.title()));
            out.println(stories.size() + (stories.size() == 1 ? " story" : " stories"));
        }
    }

    private static String known(List<ExportDocument.Story> stories) {
        return stories.isEmpty() ? ": it has no stories"
                : "; its stories are " + stories.stream().map(ExportDocument.Story::id).collect(Collectors.joining(", "));
    }

    /** A story as --json prints it: the export's story with its events in full. */
    @JsonPropertyOrder({"id", "title", "events"})
    record Json(String id, String title, List<ExportDocument.Event> events) {}
}
