package org.newsgraph.cli;

import java.util.List;
import org.newsgraph.model.EntitySummary;

/**
 * Entities as a plain-text table for a terminal: columns as wide as their widest cell, counts
 * right-aligned, aliases last so that a long list of them runs on without pushing the rest.
 */
final class EntityTable {

    /** Names longer than this are cut, so that one odd name does not widen every row. */
    static final int NAME_WIDTH = 40;

    String render(List<EntitySummary> entities) {
        int id = width("id", entities.stream().map(EntitySummary::exportId).toList());
        int type = width("type", entities.stream().map(e -> e.type().name()).toList());
        int name = width("name", entities.stream().map(e -> cut(e.name())).toList());
        String format = "%-" + id + "s  %-" + type + "s  %-" + name + "s  %8s  %8s  %s%n";
        StringBuilder table = new StringBuilder(String.format(format, "id", "type", "name", "articles", "mentions",
                "aliases").stripTrailing()).append('\n');
        for (EntitySummary e : entities) {
            String row = String.format(format, e.exportId(), e.type().name(), cut(e.name()), e.articles(),
                    e.mentions(), String.join(", ", e.aliases()));
            table.append(row.stripTrailing()).append('\n');
        }
        return table.toString();
    }

    private static int width(String header, List<String> cells) {
        return Math.max(header.length(), cells.stream().mapToInt(String::length).max().orElse(0));
    }

    private static String cut(String name) {
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
    }
}
