package org.newsgraph.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.events.Timeline;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EntitySummary;

/** The events: listed and filtered as the {@code events} command does, one with its reports, and the timeline. */
final class EventRoutes {

    static final Pattern ID = Pattern.compile("v\\d{1,9}(\\.\\d{1,9})?");
    private static final List<String> KINDS = List.of("main", "reported", "mentioned");

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
        String outlet = p.text("outlet");
        String kind = p.choice("kind", KINDS);
        Snapshot s = api.snapshot();
        Set<String> places = place == null ? null : named(s, place);
        Predicate<ListedEvent> picked = e -> (places == null || places.contains(e.event().location()))
                && (kind == null || e.event().salience().equals(kind))
                && (outlet == null || reportedBy(s, e.event(), outlet));
        List<Views.EventSummary> events = s.events().events(query(p, entities(s, p))).stream()
                .filter(picked).map(e -> Views.EventSummary.of(e, s)).toList();
        api.page(ctx, p, events);
    }

    private void one(Context ctx) {
        api.params(ctx, false);
        String id = api.id(ctx, ID, "an event id, v3 or v3.1");
        Snapshot s = api.snapshot();
        ListedEvent listed = s.event(id).orElseThrow(() -> Problem.Raised.notFound("no event " + id));
        api.send(ctx, EventDetail.of(listed, s));
    }

    private void timeline(Context ctx) {
        Params p = api.params(ctx, true, "type", "entity", "from", "to");
        Snapshot s = api.snapshot();
        Timeline timeline = s.events().timeline(query(p, entities(s, p)));
        List<Views.EventSummary> shown = new ArrayList<>();
        timeline.events().forEach(e -> shown.add(Views.EventSummary.of(e, s)));
        timeline.undatedMain().forEach(u -> shown.add(Views.EventSummary.of(u.event(), u.explained(), s)));
        api.page(ctx, p, shown);
    }

    /** The query of the type and dates the parameters give, and of these entities (null for any). */
    private static EventQuery query(Params p, Set<String> entities) {
        DatePeriod from = p.date("from");
        DatePeriod to = p.date("to");
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw Problem.Raised.badParameter("to", "before from: the range ends before it starts");
        }
        String type = p.text("type");
        if (type != null && !type.matches("[\\p{L}_-]{1,40}")) {
            throw Problem.Raised.badParameter("type", "not an event type: give a word (visit, meeting, summit, ...)");
        }
        return new EventQuery(type, entities, from, to, false);
    }

    private static Set<String> entities(Snapshot s, Params p) {
        String entity = p.text("entity");
        return entity == null ? null : named(s, entity);
    }

    /** The ids of the entities with these words in their name or an alias, as {@code entities --name} matches. */
    static Set<String> named(Snapshot s, String name) {
        return new EntityQuery(null, name).select(s.entities()).stream().map(EntitySummary::exportId)
                .collect(Collectors.toSet());
    }

    private static boolean reportedBy(Snapshot s, ExportDocument.Event e, String outlet) {
        return e.articles().stream().map(s::article).flatMap(Optional::stream)
                .anyMatch(a -> a.outlet() != null && a.outlet().equalsIgnoreCase(outlet));
    }

    /** One event in full: its reports, each with the sentences that tell the event, its quotes and claims. */
    @JsonPropertyOrder({"id", "type", "cameo", "kind", "title", "date", "place", "participants", "cluster", "stories",
        "reports", "quotes", "claims"})
    record EventDetail(String id, String type, String cameo, String kind, String title, ExportDocument.EventDate date,
            Views.Named place, List<Views.Named> participants, String cluster, List<String> stories,
            List<Report> reports, List<Views.QuoteView> quotes, List<ExportDocument.Claim> claims) {

        static EventDetail of(ListedEvent listed, Snapshot s) {
            ExportDocument.Event e = listed.event();
            List<String> stories = s.export().stories().stream().filter(t -> t.events().contains(e.id()))
                    .map(ExportDocument.Story::id).toList();
            List<Views.QuoteView> quotes = s.export().quotes().stream().filter(q -> e.id().equals(q.event()))
                    .map(q -> Views.QuoteView.of(q, s)).toList();
            List<ExportDocument.Claim> claims = s.export().claims().stream().filter(c -> claimOf(e, c)).toList();
            return new EventDetail(e.id(), e.type(), e.cameo(), e.salience(), e.title(), e.date(),
                    Views.Named.of(e.location(), s), e.participants().stream().map(p -> Views.Named.of(p, s)).toList(),
                    e.cluster(), stories, e.articles().stream().map(a -> Report.of(e, a, s)).toList(), quotes, claims);
        }

        /** A main event's claims are its reports'; another event's, those its evidence sentences state. */
        private static boolean claimOf(ExportDocument.Event e, ExportDocument.Claim c) {
            if (!e.articles().contains(c.article())) {
                return false;
            }
            return e.salience().equals("main") || e.evidence().stream()
                    .anyMatch(v -> v.article().equals(c.article()) && v.start() <= c.start() && c.end() <= v.end());
        }
    }

    /** An article that reports an event, with the sentences in it that tell the event (none for a copy). */
    @JsonPropertyOrder({"article", "title", "file", "outlet", "published", "status", "evidence"})
    record Report(String article, String title, String file, String outlet, ExportDocument.Published published,
            String status, List<Sentence> evidence) {

        static Report of(ExportDocument.Event e, String articleId, Snapshot s) {
            ExportDocument.Article a = s.article(articleId).orElse(null);
            if (a == null) {
                return new Report(articleId, null, null, null, null, null, List.of());
            }
            List<Sentence> evidence = e.evidence().stream().filter(v -> v.article().equals(articleId))
                    .filter(v -> a.text() != null && v.start() >= 0 && v.end() <= a.text().length() && v.start() <= v.end())
                    .map(v -> new Sentence(v.start(), v.end(), a.text().substring(v.start(), v.end()))).toList();
            return new Report(a.id(), a.title(), a.file(), a.outlet(), a.published(), a.status(), evidence);
        }
    }

    /** A sentence of an article's text: its offsets (UTF-16 units, end exclusive) and its words. */
    @JsonPropertyOrder({"start", "end", "text"})
    record Sentence(int start, int end, String text) {}
}
