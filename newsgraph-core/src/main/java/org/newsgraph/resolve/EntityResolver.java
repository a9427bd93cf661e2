package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.StoredArticle;

/**
 * Resolves the entities of single articles into corpus entities: places that are the same
 * gazetteer place, whatever the spelling (the gazetteer's name is then the canonical one), and
 * other entities whose full names and types are the same, ignoring case and punctuation.
 */
public final class EntityResolver {

    /** The corpus entities, in order of first appearance. */
    public List<EntityCluster> resolve(List<StoredArticle> articles) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        for (StoredArticle stored : articles) {
            List<LocalEntity> entities = stored.article().entities();
            for (int i = 0; i < entities.size(); i++) {
                LocalEntity local = entities.get(i);
                byKey.computeIfAbsent(key(local), k -> new Builder(canonicalName(local), local.type()))
                        .add(new EntityRef(stored.id(), i), local);
            }
        }
        return byKey.values().stream().map(Builder::build).toList();
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
        private final List<EntityRef> members = new ArrayList<>();
        private Place place;

        Builder(String name, EntityType type) {
            this.name = name;
            this.type = type;
        }

        void add(EntityRef ref, LocalEntity local) {
            members.add(ref);
            if (place == null) {
                place = local.place();
            }
            for (Mention m : local.mentions()) {
                if (!m.text().equals(name)) {
                    aliases.add(m.text());
                }
            }
        }

        EntityCluster build() {
            return new EntityCluster(name, type, place, List.copyOf(aliases), members, List.of());
        }
    }
}
