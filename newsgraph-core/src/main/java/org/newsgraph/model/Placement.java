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

    /** The cluster id an export id ({@link #exportId}) names, or empty when it names none ("c", "x3", "c3x"). */
    public static java.util.OptionalLong clusterId(String exportId) {
        if (exportId == null || !exportId.matches("c[0-9]{1,18}")) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Long.parseLong(exportId.substring(1)));
    }
}
