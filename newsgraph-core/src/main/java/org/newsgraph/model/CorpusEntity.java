package org.newsgraph.model;

import java.util.Objects;
import java.util.Set;

/**
 * A corpus entity with its lasting id: the id stays with the entity as later articles add
 * members and aliases to it, and is never handed to another entity, even after it is merged away.
 */
public record CorpusEntity(long id, EntityCluster cluster) {

    public CorpusEntity {
        if (id < 1) {
            throw new IllegalArgumentException("entity ids start at 1: " + id);
        }
        Objects.requireNonNull(cluster, "cluster");
    }

    /** The same entity with its members in these articles only: a part of the corpus's view of it. */
    public CorpusEntity within(Set<Long> articles) {
        EntityCluster c = cluster;
        return new CorpusEntity(id, new EntityCluster(c.name(), c.type(), c.place(), c.aliases(),
                c.members().stream().filter(m -> articles.contains(m.article())).toList(), c.links()));
    }

    /** The id as exported: {@code e} followed by the lasting id. */
    public String exportId() {
        return exportId(id);
    }

    public static String exportId(long entityId) {
        return "e" + entityId;
    }
}
