package org.newsgraph.http.web;

import java.util.List;
import java.util.Locale;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.http.read.Snapshots;
import org.newsgraph.model.EntitySummary;

/** The entities, most talked-of first, filtered by words of a name as {@code entities --name} matches them. */
final class EntitiesPage {

    static final int PAGE = 100;

    private final Layout layout;

    EntitiesPage(Layout layout) {
        this.layout = layout;
    }

    /** The page, its entities read by query: by the index of name words with a name, else every entity's summary. */
    String render(Snapshots.StoreQuery s, Query q) {
        String name = q.text("name");
        int page = q.page();
        List<EntitySummary> entities = s.entities(new EntityQuery(null, name));
        return layout.page("Entities", "/entities", h -> {
            h.element("h1", "Entities");
            h.open("form", "method", "get", "action", "/entities", "class", "filters", "aria-label", "Filter the entities")
                    .element("label", "Name", "for", "name")
                    .open("input", "id", "name", "name", "name", "type", "text", "value", name, "maxlength",
                            String.valueOf(Query.MAX_LENGTH))
                    .element("button", "Show", "type", "submit").close("form");
            h.element("p", entities.size() + " entities", "class", "count", "role", "status");
            h.open("ul", "class", "entities");
            for (EntitySummary e : Paging.page(entities, page, PAGE)) {
                h.open("li").link("/entities/" + e.exportId(), e.name(), EventList.NAME)
                        .text(" · " + e.type().name().toLowerCase(Locale.ROOT) + " · " + e.articles() + " articles")
                        .close("li");
            }
            h.close("ul");
            Paging.links(h, "/entities", page, entities.size(), PAGE, "name", name);
        });
    }
}
