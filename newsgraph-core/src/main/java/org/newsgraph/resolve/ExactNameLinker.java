package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.StoredArticle;

/**
 * Links the entities of single articles across the corpus: places that are the same gazetteer
 * place, whatever the spelling (the gazetteer's name is then the canonical one), and other
 * entities whose full names and types are the same, ignoring case and punctuation. A
 * deliberately safe first linker: variants of people's names stay apart rather than risk
 * merging two people.
 */
public final class ExactNameLinker {

    /** The corpus entities, numbered in order of first appearance. */
    public List<Entity> link(List<StoredArticle> articles) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        for (StoredArticle stored : articles) {
            for (LocalEntity local : stored.article().entities()) {
                byKey.computeIfAbsent(key(local), k -> new Builder(canonicalName(local), local.type()))
                        .add(stored.id(), local);
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Builder b : byKey.values()) {
            entities.add(b.build("e" + (entities.size() + 1)));
        }
        return entities;
    }

    private static String key(LocalEntity local) {
        return local.place() != null
                ? "place|" + local.place().geonameId()
                : local.type() + "|" + String.join(" ", MentionGrouper.words(local.name()));
    }

    private static String canonicalName(LocalEntity local) {
        return local.place() != null ? local.place().name() : local.name();
    }

    private static final class Builder {

        private final String name;
        private final EntityType type;
        private final Set<String> aliases = new LinkedHashSet<>();
        private final List<Entity.ArticleMention> mentions = new ArrayList<>();
        private Place place;

        Builder(String name, EntityType type) {
            this.name = name;
            this.type = type;
        }

        void add(long article, LocalEntity local) {
            if (place == null) {
                place = local.place();
            }
            for (Mention m : local.mentions()) {
                mentions.add(new Entity.ArticleMention(article, m.span(), m.text()));
                if (!m.text().equals(name)) {
                    aliases.add(m.text());
                }
            }
        }

        Entity build(String id) {
            return new Entity(id, name, type, List.copyOf(aliases), mentions, place);
        }
    }
}
