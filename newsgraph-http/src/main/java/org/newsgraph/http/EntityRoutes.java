package org.newsgraph.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.http.read.EntityDetail;
import org.newsgraph.http.read.Snapshot;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.model.EntityType;

/** The corpus entities: listed and filtered as the {@code entities} command does, and one with its events and quotes. */
final class EntityRoutes {

    static final Pattern ID = Pattern.compile("e\\d{1,9}");
    private static final List<String> TYPES = List.of("person", "location", "organization", "misc");

    private final Api api;

    EntityRoutes(Api api) {
        this.api = api;
    }

    void register(RoutesConfig routes) {
        routes.get(Api.BASE + "/entities", this::list);
        routes.get(Api.BASE + "/entities/{id}", this::one);
    }

    private void list(Context ctx) {
        Params p = api.params(ctx, true, "type", "name");
        String type = p.choice("type", TYPES);
        EntityQuery query = new EntityQuery(type == null ? null : EntityType.valueOf(type.toUpperCase(Locale.ROOT)),
                p.text("name"));
        // with a name by the index of name words; without, every entity's summary (counted by one query,
        // no article read), since no index holds the order most talked-of first
        api.page(ctx, p, api.query(q -> q.entities(query)).stream().map(EntityListed::of).toList());
    }

    private void one(Context ctx) {
        api.params(ctx, false);
        String id = api.id(ctx, ID, "an entity id, e12");
        Snapshot s = api.ofEntity(id).orElseThrow(() -> Problem.Raised.notFound(merged(id)));
        EntitySummary summary = s.entities().stream().filter(e -> e.exportId().equals(id)).findFirst()
                .orElseThrow(() -> Problem.Raised.notFound(merged(id)));
        api.send(ctx, EntityDetail.of(summary, s));
    }

    /** Why there is no such entity: it was merged into another (say which, from the store's merges), or there never was one. */
    private String merged(String id) {
        return api.query(q -> q.mergedInto(id)).map(into -> "entity " + id + " was merged into " + into)
                .orElse("no entity " + id);
    }

    /** An entity as the list gives it: as {@code entities --json} prints it. */
    @JsonPropertyOrder({"id", "name", "type", "aliases", "article_count", "mention_count"})
    record EntityListed(String id, String name, String type, List<String> aliases, int articleCount, int mentionCount) {

        static EntityListed of(EntitySummary e) {
            return new EntityListed(e.exportId(), e.name(), e.type().name(), e.aliases(), e.articles(), e.mentions());
        }
    }
}
