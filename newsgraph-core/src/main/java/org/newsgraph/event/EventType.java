package org.newsgraph.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One type of the event taxonomy.
 *
 * @param name   the type's name, lower case ("visit")
 * @param cameo  the CAMEO root code it maps to ("04"), null where none fits
 * @param within the types an event of this type can be part of (a press conference of a visit)
 * @param titles the title templates, tried in order; the last needs no name
 */
public record EventType(String name, String cameo, Set<String> within, List<TitleTemplate> titles) {

    public EventType {
        Objects.requireNonNull(name, "name");
        within = Set.copyOf(within);
        titles = List.copyOf(titles);
        if (titles.isEmpty() || !titles.get(titles.size() - 1).needsNoName()) {
            throw new IllegalArgumentException(name + ": the last title template must need no name");
        }
    }

    /** Whether an event of this type can be told as part of one of {@code host}. */
    public boolean partOf(EventType host) {
        return within.contains(host.name);
    }
}
