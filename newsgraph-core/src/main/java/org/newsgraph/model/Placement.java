package org.newsgraph.model;

import java.util.Objects;

/**
 * Where clustering put one article: the cluster it joined or opened, with the score and the reason
 * ("joined c3: text 0.52, same place" or "opened: c2 vetoed, places differ").
 */
public record Placement(long article, long cluster, boolean opened, double score, String reason) {

    public Placement {
        Objects.requireNonNull(reason, "reason");
    }

    /** The cluster id as exported: {@code c} followed by the id. */
    public static String exportId(long clusterId) {
        return "c" + clusterId;
    }
}
