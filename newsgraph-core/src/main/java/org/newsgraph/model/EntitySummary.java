package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * What a listing shows of one corpus entity: its lasting id, names and how much it is talked of.
 *
 * @param articles the number of articles that mention it
 * @param mentions the number of mentions in all those articles
 */
public record EntitySummary(long id, String name, EntityType type, List<String> aliases, int articles, int mentions) {

    public EntitySummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }

    /** The id as exported, {@code e} and the number. */
    public String exportId() {
        return CorpusEntity.exportId(id);
    }
}
