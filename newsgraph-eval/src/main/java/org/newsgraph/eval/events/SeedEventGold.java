package org.newsgraph.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.eval.corpora.JsonFile;

/**
 * The event part of the hand gold for the seed articles ({@code ../shared/gold/seeds.json}): the
 * events with their type, place, participants and date, the events the articles only mention, the
 * names each real entity goes by, each article's wire dateline and the publication dates.
 */
public record SeedEventGold(List<Event> events, List<Mentioned> mentioned, Map<String, List<String>> variants,
        Map<String, String> datelines, Map<String, String> published) {

    /**
     * One gold event. {@code types} are the types that count ("visit/meeting" accepts either);
     * {@code dateFrom} is "text" when the text gives the date, "world" when only a publication date
     * known from outside does.
     */
    public record Event(String id, List<String> types, String where, String date, String dateFrom,
            List<String> participants, List<String> articles) {}

    /** A past or coming event the articles refer to: a summary, when (one value, a range or a list) and where. */
    public record Mentioned(String summary, List<String> when, List<String> articles) {}

    public SeedEventGold {
        events = List.copyOf(events);
        mentioned = List.copyOf(mentioned);
        variants = Map.copyOf(variants);
        datelines = Map.copyOf(datelines);
        published = Map.copyOf(published);
    }

    public static SeedEventGold read(Path file) {
        JsonNode root = JsonFile.read(file);
        List<Event> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            events.add(new Event(e.path("id").asText(), List.of(e.path("type").asText().toLowerCase(Locale.ROOT).split("/")),
                    e.path("where").asText(), e.path("when").path("value").asText(null), e.path("when").path("from").asText(),
                    texts(e.path("participants")), texts(e.path("articles"))));
        }
        List<Mentioned> mentioned = new ArrayList<>();
        for (JsonNode m : root.path("mentioned_events")) {
            List<String> when = m.path("when").isArray() ? texts(m.path("when")) : List.of(m.path("when").asText().split("/"));
            mentioned.add(new Mentioned(m.path("summary").asText(), when, texts(m.path("in"))));
        }
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (JsonNode e : root.path("entities")) {
            variants.put(e.path("name").asText(), texts(e.path("variants")));
        }
        Map<String, String> datelines = new LinkedHashMap<>();
        Map<String, String> published = new LinkedHashMap<>();
        root.path("documents").fields().forEachRemaining(d -> {
            if (d.getValue().hasNonNull("dateline")) {
                datelines.put(d.getKey(), d.getValue().get("dateline").asText());
            }
            published.put(d.getKey(), d.getValue().path("published").path("value").asText());
        });
        if (events.isEmpty()) {
            throw new IllegalStateException(file + ": no events");
        }
        return new SeedEventGold(events, mentioned, variants, datelines, published);
    }

    /** The names a gold name goes by (itself first), lower case. */
    public List<String> namesOf(String name) {
        List<String> names = new ArrayList<>();
        names.add(name.toLowerCase(Locale.ROOT));
        variants.getOrDefault(name, List.of()).forEach(v -> names.add(v.toLowerCase(Locale.ROOT)));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
