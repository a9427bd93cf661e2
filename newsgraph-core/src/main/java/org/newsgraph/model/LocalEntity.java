package org.newsgraph.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entity as named within a single article: its most informative name, its type, every
 * mention of it in that article, in text order, and for a place the gazetteer entry it names
 * ({@code place} is null when no place was chosen: most entities are not places).
 */
public record LocalEntity(String name, EntityType type, List<Mention> mentions, Place place) {

    public LocalEntity {
        mentions = List.copyOf(mentions);
    }

    /** An entity with no place, as grouping finds it. */
    public LocalEntity(String name, EntityType type, List<Mention> mentions) {
        this(name, type, mentions, null);
    }

    /** The same entity as this place, of type {@link EntityType#LOCATION}. */
    public LocalEntity asPlace(Place chosen) {
        return new LocalEntity(name, EntityType.LOCATION, mentions, Objects.requireNonNull(chosen, "chosen"));
    }

    public Optional<Place> placeIfAny() {
        return Optional.ofNullable(place);
    }

    /** The distinct surface forms other than {@link #name()}, in order of first mention. */
    public Set<String> aliases() {
        Set<String> forms = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (!m.text().equals(name)) {
                forms.add(m.text());
            }
        }
        return forms;
    }
}
