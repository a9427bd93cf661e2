package org.newsgraph.model;

import java.util.List;

/**
 * One entity across the corpus: a canonical name, the other names it goes by, every mention of
 * it in every article, and for a place, the gazetteer's place.
 *
 * @param id    export id, {@code e} and a number
 * @param place the gazetteer place, or null when the entity is no known place
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<ArticleMention> mentions,
        Place place) {

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /** A mention in a given stored article. */
    public record ArticleMention(long article, Span span, String text) {}
}
