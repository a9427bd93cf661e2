package org.newsgraph.app.export;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The store ids behind the export's ids ({@code e12}, {@code a3}): a letter, then the store's number. */
public final class ExportIds {

    private ExportIds() {}

    /** The store ids of export ids with this prefix ({@code e12} -> 12), once each; others are left out. */
    public static List<Long> storeIds(Collection<String> exportIds, String prefix) {
        return exportIds.stream().filter(Objects::nonNull).map(String::strip)
                .filter(id -> id.length() > prefix.length() && id.startsWith(prefix)
                        && id.substring(prefix.length()).chars().allMatch(Character::isDigit)
                        && id.length() - prefix.length() <= 18)
                .map(id -> Long.parseLong(id.substring(prefix.length()))).distinct().toList();
    }
}
