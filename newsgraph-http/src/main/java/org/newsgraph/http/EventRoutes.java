package org.newsgraph.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.events.Timeline;
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
        String place = p.text("place");
        String kind = p.choice("kind", EventQuery.KINDS);
        Snapshot s = api.snapshot();
        EventQuery query = query(p, entities(s, p), place == null ? null : s.named(place), p.text("outlet"), kind);
        List<Views.EventSummary> events = s.events().events(query).stream().map(e -> Views.EventSummary.of(e, s)).toList();
        api.page(ctx, p, events);
    }

    private void one(Context ctx) {
        api.params(ctx, false);
        String id = api.id(ctx, ID, "an event id, v3 or v3.1");
        Snapshot s = api.ofEvent(id);
        ListedEvent listed = s.event(id).orElseThrow(() -> Problem.Raised.notFound("no event " + id));
        api.send(ctx, EventDetail.of(listed, s));
    }

    private void timeline(Context ctx) {
        Params p = api.params(ctx, true, "type", "entity", "from", "to");
        Snapshot s = api.snapshot();
        Timeline timeline = s.events().timeline(query(p, entities(s, p), null, null, null));
        List<Views.EventSummary> shown = new ArrayList<>();
        timeline.events().forEach(e -> shown.add(Views.EventSummary.of(e, s)));
        timeline.undatedMain().forEach(u -> shown.add(Views.EventSummary.of(u.event(), u.explained(), s)));
        api.page(ctx, p, shown);
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

    private static Set<String> entities(Snapshot s, Params p) {
        String entity = p.text("entity");
        return entity == null ? null : s.named(entity);
    }
}
