package org.newsgraph.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entity as named within a single article: its most informative name, its type, every
 * mention of it in that article, in text order (role nouns and handles included), for a place
 * the gazetteer entry it names ({@code place} is null when no place was chosen: most entities are
 * not places), and the roles the article gives it ("secretary general", "ukrainian president"),
 * lower-cased, in order of first appearance.
 */
public record LocalEntity(String name, EntityType type, List<Mention> mentions, Place place, List<String> roles) {

    public LocalEntity {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }

    /** An entity with no roles. */
    public LocalEntity(String name, EntityType type, List<Mention> mentions, Place place) {
        this(name, type, mentions, place, List.of());
    }

    /** An entity with no place and no roles, as grouping finds it. */
    public LocalEntity(String name, EntityType type, List<Mention> mentions) {
        this(name, type, mentions, null, List.of());
    }

    /** The same entity as this place, of type {@link EntityType#LOCATION}. */
    public LocalEntity asPlace(Place chosen) {
        return new LocalEntity(name, EntityType.LOCATION, mentions, Objects.requireNonNull(chosen, "chosen"), roles);
    }

    /** The same entity with these mentions and roles. */
    public LocalEntity with(List<Mention> newMentions, List<String> newRoles) {
        return new LocalEntity(name, type, newMentions, place, newRoles);
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
