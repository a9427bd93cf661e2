package org.newsgraph.search;

import java.util.List;

/**
 * One thing to find, as the index takes it. {@code id} is the export's id (an article's {@code a2},
 * an event's {@code v3.1}, an entity's {@code e11}; a quote or claim has none of its own and takes
 * its article's id with its span, {@code a2:120-180}); {@code article} is the article it is in
 * (null for entities and events). {@code text} is searched and snippets are cut from it;
 * {@code names} are searched too: the names and aliases of the entities it names, so that a query
 * for one spelling finds the others. {@code date} is an ISO day, month or year, or null.
 * {@code entities} are the export ids of the entities it names or takes part in.
 */
public record SearchDocument(HitKind kind, String id, String article, String title, String text, String outlet,
        String date, String language, String type, List<String> entities, List<String> names) {

    public SearchDocument {
        entities = List.copyOf(entities);
        names = List.copyOf(names);
    }
}
