package org.newsgraph.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.DatePeriod;

/**
 * A story's title: the two people or organisations that take part in most of its events, how
 * many events it has and the days they span ("A and B: 3 events, 2023-04-20 to 2024-04-29").
 * When only one takes part in more than one event, the place they share names the story with it.
 */
final class StoryTitle {

    private StoryTitle() {}

    /** @param events the story's events in timeline order */
    static String of(List<CorpusEvent> events, Set<Long> actors, Map<Long, CorpusEntity> entities) {
        List<Long> shared = sharedBy(events, e -> e.participants().stream().filter(actors::contains).toList());
        List<String> names = new ArrayList<>(shared.stream().limit(2).map(id -> name(id, entities)).toList());
        if (names.size() < 2) {
            List<Long> places = sharedBy(events, e -> e.location() == null ? List.of() : List.of(e.location()));
            if (!places.isEmpty()) {
                names = List.of(String.join(" and ", names) + " in " + name(places.get(0), entities));
            }
        }
        String who = names.isEmpty() ? events.get(0).title() : String.join(" and ", names);
        return who + ": " + events.size() + " events" + span(events);
    }

    /** What two or more of the events have, by how many have it, ties in timeline order. */
    private static List<Long> sharedBy(List<CorpusEvent> events, Function<CorpusEvent, List<Long>> values) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        events.forEach(e -> values.apply(e).stream().distinct().forEach(v -> counts.merge(v, 1, Integer::sum)));
        return counts.entrySet().stream().filter(c -> c.getValue() >= 2)
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }

    private static String span(List<CorpusEvent> events) {
        List<String> dated = events.stream().map(e -> e.date().value())
                .filter(v -> DatePeriod.of(v).isPresent()).toList();
        if (dated.isEmpty()) {
            return "";
        }
        String first = dated.get(0);
        String last = dated.get(dated.size() - 1);
        return first.equals(last) ? ", " + first : ", " + first + " to " + last;
    }

    private static String name(long id, Map<Long, CorpusEntity> entities) {
        CorpusEntity e = entities.get(id);
        return e == null ? CorpusEntity.exportId(id) : e.cluster().name();
    }
}
