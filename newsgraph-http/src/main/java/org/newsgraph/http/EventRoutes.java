package org.newsgraph.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.events.Timeline;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.http.read.EventDetail;
import org.newsgraph.http.read.Snapshot;
import org.newsgraph.http.read.Views;
import org.newsgraph.model.DatePeriod;

/** The events: listed and filtered as the {@code events} command does, one with its reports, and the timeline. */
final class EventRoutes {

    static final Pattern ID = Pattern.compile("v\\d{1,9}(\\.\\d{1,9})?");

    private final Api api;

    EventRoutes(Api api) {
        this.api = api;
    }

    void register(RoutesConfig routes) {
        routes.get(Api.BASE + "/events", this::list);
        routes.get(Api.BASE + "/events/{id}", this::one);
        routes.get(Api.BASE + "/timeline", this::timeline);
    }

    private void list(Context ctx) {
        Params p = api.params(ctx, true, "type", "entity", "place", "from", "to", "outlet", "kind");
        String entity = p.text("entity");
        String place = p.text("place");
        String kind = p.choice("kind", EventQuery.KINDS);
        if (entity != null || place != null) { // by the index of events by entity: a few of the store's events
            api.page(ctx, p, api.query(q -> q.events().events(query(p, entity == null ? null : q.named(entity),
                    place == null ? null : q.named(place), p.text("outlet"), kind)).stream().map(Views.EventSummary::of)
                    .toList()));
            return;
        }
        EventQuery query = query(p, null, null, p.text("outlet"), kind);
        api.query(q -> { // a page of the indexes of events by type, kind, period and outlet, counted by query
            api.paged(ctx, p, (offset, limit) -> q.events().events(query, offset, limit).stream()
                    .map(Views.EventSummary::of).toList(), () -> q.events().count(query));
            return null;
        });
    }

    /** One event; a retired id (docs/export.md, {@code event_merges}) redirects to the event that took its reports. */
    private void one(Context ctx) {
        api.params(ctx, false);
        String id = api.id(ctx, ID, "an event id, v3 or v3.1");
        Snapshot s = api.ofEvent(id);
        Optional<ListedEvent> listed = s.event(id);
        if (listed.isEmpty()) {
            String successor = api.query(q -> q.successor(id)).orElseThrow(() -> Problem.Raised.notFound("no event " + id));
            Api.redirect(ctx, Api.BASE + "/events/" + successor);
            return;
        }
        api.send(ctx, EventDetail.of(listed.get(), s));
    }

    private void timeline(Context ctx) {
        Params p = api.params(ctx, true, "type", "entity", "from", "to");
        String entity = p.text("entity");
        // with an entity by the index of events by entity; without, every event the type and dates
        // pick by the indexes of events by type and period, as the timeline command reads them
        api.page(ctx, p, api.query(q -> shown(q.events().timeline(query(p, entity == null ? null : q.named(entity), null,
                null, null)), Views.EventSummary::of, Views.EventSummary::of)));
    }

    /** A timeline as its page lists it: the dated events, then the undated main ones with why. */
    private static List<Views.EventSummary> shown(Timeline timeline, Function<ListedEvent, Views.EventSummary> dated,
            BiFunction<ListedEvent, ExportDocument.Event, Views.EventSummary> undated) {
        List<Views.EventSummary> shown = new ArrayList<>();
        timeline.events().forEach(e -> shown.add(dated.apply(e)));
        timeline.undatedMain().forEach(u -> shown.add(undated.apply(u.event(), u.explained())));
        return shown;
    }

    /** The query of the type and dates the parameters give, and of these entities, places, outlet and kind (null for any). */
    private static EventQuery query(Params p, Set<String> entities, Set<String> places, String outlet, String kind) {
        DatePeriod from = p.date("from");
        DatePeriod to = p.date("to");
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw Problem.Raised.badParameter("to", "before from: the range ends before it starts");
        }
        String type = p.text("type");
        if (type != null && !type.matches("[\\p{L}_-]{1,40}")) {
            throw Problem.Raised.badParameter("type", "not an event type: give a word (visit, meeting, summit, ...)");
        }
        return new EventQuery(type, entities, places, outlet, kind, from, to);
    }

}
