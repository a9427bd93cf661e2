package org.newsgraph.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;
import org.newsgraph.app.export.ExportDocument;

/**
 * Scores the events of an export against a press gold ({@code data/press-ua/gold.json}) the way
 * the project is measured from outside ({@code ../shared/tools/score-press}): for each release
 * whose headline states a call or a meeting, the events that list the release are looked at;
 * {@code type} holds when one has the gold type (a meeting may be told as a negotiation or
 * talks); among those, {@code actor} when one names the president who acted (a participant whose
 * name or an alias ends with his surname), {@code counterpart} the same for the other side where
 * the headline names a person, {@code place} when one's location has the gold place as its name
 * or an alias, {@code day} when one's date is the gold day or a day next to it; {@code whole} when
 * one event meets every check that applies. Reads the gold only to score.
 */
public final class PressEventScore {

    private static final Map<String, Set<String>> TYPES = Map.of(
            "call", Set.of("call"), "meeting", Set.of("meeting", "negotiation", "talks"));
    private static final List<String> CHECKS = List.of("type", "actor", "counterpart", "place", "day", "whole");

    private PressEventScore() {}

    /** How often one check held, over the releases it applies to. */
    public record Check(int held, int applies) {

        public double rate() {
            return applies == 0 ? 0 : (double) held / applies;
        }
    }

    /** Every check, in {@link #CHECKS} order, and the releases that missed each, by file. */
    public record Result(Map<String, Check> checks, Map<String, List<String>> misses) {

        public double rate(String check) {
            return checks.get(check).rate();
        }

        @Override
        public String toString() {
            StringJoiner line = new StringJoiner(", ");
            checks.forEach((name, c) -> line.add(String.format(Locale.ROOT, "%s %.3f (%d/%d)", name, c.rate(),
                    c.held(), c.applies())));
            return line.toString();
        }
    }

    /**
     * Scores the releases that {@code keep} accepts (by file name).
     *
     * @param documents the gold's {@code documents}: each file with its headline's event, if any
     */
    public static Result score(ExportDocument export, JsonNode documents, Predicate<String> keep) {
        Map<String, ExportDocument.Entity> entities = new HashMap<>();
        export.entities().forEach(e -> entities.put(e.id(), e));
        Map<String, String> articleOf = new HashMap<>();
        export.articles().forEach(a -> articleOf.putIfAbsent(Path.of(a.file()).getFileName().toString(), a.id()));
        Map<String, List<ExportDocument.Event>> eventsOf = new HashMap<>();
        export.events().forEach(ev -> ev.articles().forEach(a -> eventsOf.computeIfAbsent(a, k -> new ArrayList<>()).add(ev)));
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<String>> misses = new LinkedHashMap<>();
        CHECKS.forEach(c -> {
            counts.put(c, new int[2]);
            misses.put(c, new ArrayList<>());
        });
        documents.fields().forEachRemaining(d -> {
            JsonNode event = d.getValue().get("event");
            if (event == null || !keep.test(d.getKey())) {
                return;
            }
            List<ExportDocument.Event> typed = eventsOf.getOrDefault(articleOf.get(d.getKey()), List.of()).stream()
                    .filter(e -> TYPES.get(event.get("type").asText()).contains(e.type())).toList();
            Map<String, Predicate<ExportDocument.Event>> checks = checks(event, entities);
            checks.forEach((name, check) -> count(counts, misses, name, d.getKey(), typed.stream().anyMatch(check)));
            count(counts, misses, "whole", d.getKey(),
                    typed.stream().anyMatch(e -> checks.values().stream().allMatch(c -> c.test(e))));
        });
        Map<String, Check> result = new LinkedHashMap<>();
        counts.forEach((name, c) -> result.put(name, new Check(c[0], c[1])));
        return new Result(result, misses);
    }

    private static Map<String, Predicate<ExportDocument.Event>> checks(JsonNode event,
            Map<String, ExportDocument.Entity> entities) {
        Map<String, Predicate<ExportDocument.Event>> checks = new LinkedHashMap<>();
        checks.put("type", e -> true);
        JsonNode participants = event.get("participants");
        checks.put("actor", e -> named(e.participants(), entities, surname(participants.get(0).asText())));
        if (participants.size() > 1) {
            checks.put("counterpart", e -> named(e.participants(), entities, surname(participants.get(1).asText())));
        }
        if (event.has("place")) {
            List<String> parts = new ArrayList<>();
            event.get("place").forEach(p -> parts.add(p.asText().toLowerCase(Locale.ROOT)));
            checks.put("place", e -> e.location() != null
                    && names(entities.get(e.location())).stream().anyMatch(n -> parts.contains(n.toLowerCase(Locale.ROOT))));
        }
        LocalDate day = LocalDate.parse(event.get("date").asText());
        checks.put("day", e -> e.date() != null && day(e.date().value())
                .map(d -> Math.abs(ChronoUnit.DAYS.between(d, day)) <= 1).orElse(false));
        return checks;
    }

    /** The day a date value names (its first ten characters), if it names one. */
    private static Optional<LocalDate> day(String value) {
        try {
            return value == null || value.length() < 10 ? Optional.empty() : Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void count(Map<String, int[]> counts, Map<String, List<String>> misses, String check, String file,
            boolean held) {
        counts.get(check)[1]++;
        counts.get(check)[0] += held ? 1 : 0;
        if (!held) {
            misses.get(check).add(file);
        }
    }

    private static String surname(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }

    /** Whether one of the entities has a name or alias whose last words are the surname's. */
    private static boolean named(List<String> ids, Map<String, ExportDocument.Entity> entities, String surname) {
        List<String> s = words(surname);
        return ids.stream().map(entities::get).filter(Objects::nonNull)
                .flatMap(e -> names(e).stream())
                .map(PressEventScore::words)
                .anyMatch(w -> !s.isEmpty() && w.size() >= s.size() && w.subList(w.size() - s.size(), w.size()).equals(s));
    }

    private static List<String> names(ExportDocument.Entity entity) {
        if (entity == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(entity.name() == null ? "" : entity.name());
        names.addAll(entity.aliases() == null ? List.of() : entity.aliases());
        return names;
    }

    private static List<String> words(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
        return lower.isEmpty() ? List.of() : List.of(lower.split("\\s+"));
    }
}
