package org.newsgraph.app.entities;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameWords;
import org.newsgraph.store.CorpusEntities;

/**
 * Which corpus entities a listing shows, most talked-of first.
 *
 * @param type only entities of this type, or null for every type
 * @param name only entities whose name or an alias has these words, the last of them perhaps
 *             cut short, ignoring case and accents ({@link NameMatch}); null, blank or without
 *             letters and digits for any
 */
public record EntityQuery(EntityType type, String name) {

    /** By articles, then mentions, most first; then by id, oldest first, so the order is stable. */
    private static final Comparator<EntitySummary> MOST_TALKED_OF = Comparator
            .comparingInt(EntitySummary::articles).reversed()
            .thenComparing(Comparator.comparingInt(EntitySummary::mentions).reversed())
            .thenComparingLong(EntitySummary::id);

    public static EntityQuery all() {
        return new EntityQuery(null, null);
    }

    public boolean matches(EntitySummary entity) {
        if (type != null && entity.type() != type) {
            return false;
        }
        if (name == null || name.isBlank()) {
            return true;
        }
        NameMatch match = new NameMatch(name);
        return match.test(entity.name()) || entity.aliases().stream().anyMatch(match::test);
    }

    /**
     * The entities of the store this query shows, in listing order: those of a name found by the
     * store's index of name words, not by reading every entity.
     */
    public List<EntitySummary> select(CorpusEntities entities) {
        String words = name == null ? "" : NameWords.fold(name);
        return select(words.isEmpty() ? entities.summaries() : entities.summaries(entities.named(words)));
    }

    /**
     * The export ids of the corpus entities whose name or an alias has these words, as
     * {@code entities --name} matches them; null for a blank name, which asks for any entity.
     */
    public static Set<String> idsNamed(CorpusEntities entities, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return new EntityQuery(null, name).select(entities).stream().map(EntitySummary::exportId)
                .collect(Collectors.toSet());
    }

    /** The entities this query shows, in listing order. */
    public List<EntitySummary> select(List<EntitySummary> entities) {
        return entities.stream().filter(this::matches).sorted(MOST_TALKED_OF).toList();
    }
}
