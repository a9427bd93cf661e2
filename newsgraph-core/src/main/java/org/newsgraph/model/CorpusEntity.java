package org.newsgraph.model;

import java.util.Objects;

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

    /** The id as exported: {@code e} followed by the lasting id. */
    public String exportId() {
        return exportId(id);
    }

    public static String exportId(long entityId) {
        return "e" + entityId;
    }
}
