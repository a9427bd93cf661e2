package org.newsgraph.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.export.ExportWriter;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.model.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "entities",
        mixinStandardHelpOptions = true,
        description = "Lists the entities of the store, linked across articles, with the ids the export gives them, "
                + "their other names, and in how many articles and mentions they occur, most talked-of first.",
        footer = {"", "Example:", "  ./newsgraph entities --store newsgraph-data --type PERSON --name kowal"})
final class EntitiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only entities of this type: ${COMPLETION-CANDIDATES}.")
    EntityType type;

    @Option(names = "--name", paramLabel = "TEXT",
            description = "Only entities whose name or an alias has these words, the last one perhaps cut short "
                    + "(kowal finds Anna Kowalska). Case and accents do not matter.")
    String name;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        return store.answer(spec, (articles, out) -> {
            List<EntitySummary> shown = new EntityQuery(type, name).select(articles.corpusEntities());
            if (json) {
                out.println(asJson(shown));
            } else if (shown.isEmpty()) {
                out.println(nothingShown(articles.corpusEntities().count()));
            } else {
                out.print(new EntityTable().render(shown));
                out.println(shown.size() + " of " + articles.corpusEntities().count() + " entities");
            }
        });
    }

    private String nothingShown(int total) {
        if (total == 0) {
            return "no entities in store " + store.dir + " yet: analyze some articles into it first, e.g.\n"
                    + "  ./newsgraph analyze examples/nato-zelensky --store " + store.dir;
        }
        String asked = Stream.of(type == null ? null : "a " + type, name == null ? null : "named '" + name + "'")
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return "none of the " + total + " entities in store " + store.dir + " is " + asked;
    }

    private static String asJson(List<EntitySummary> entities) throws JsonProcessingException {
        List<Row> rows = entities.stream().map(e -> new Row(e.exportId(), e.name(), e.type().name(), e.aliases(),
                e.articles(), e.mentions())).toList();
        return ExportWriter.asJson(rows);
    }

    /** An entity as --json prints it: the export's names for the export's fields. */
    @JsonPropertyOrder({"id", "name", "type", "aliases", "article_count", "mention_count"})
    record Row(String id, String name, String type, List<String> aliases,
            @JsonProperty("article_count") int articleCount, @JsonProperty("mention_count") int mentionCount) {}
}
