package org.newsgraph.http.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.events.Timeline;
import org.newsgraph.http.read.Snapshots;
import org.newsgraph.http.read.Views;
import org.newsgraph.model.DatePeriod;

/**
 * The dated events in date order, filtered by type and entity, zoomed by links: all years, then
 * one year by month, one month by day, one day. A zoom level with more events than a page holds
 * shows its groups with their counts only, each a link to zoom in.
 */
final class TimelinePage {

    static final int MAX_EVENTS = 200;

    private final Layout layout;

    TimelinePage(Layout layout) {
        this.layout = layout;
    }

    /** The page, its events read by query: every event the type, period and entity pick, as the timeline command reads them. */
    String render(Snapshots.StoreQuery s, Query q) {
        String type = q.text("type");
        String entity = q.text("entity");
        String at = q.text("at");
        DatePeriod period = q.date("at");
        Set<String> entities = entity == null ? null : s.named(entity);
        Timeline t = s.events().timeline(new EventQuery(type, entities, period, period, false));
        List<Views.EventSummary> dated = t.events().stream().map(Views.EventSummary::of).toList();
        String heading = at == null ? "Timeline" : "Timeline: " + DateText.of(at);
        return layout.page(heading, "/timeline", h -> {
            h.element("h1", heading);
            filters(h, s, type, entity, at);
            zoomPath(h, at, type, entity);
            int level = at == null ? 4 : at.length() == 4 ? 7 : 10;
            Map<String, List<Views.EventSummary>> groups = group(dated, level);
            boolean folded = dated.size() > MAX_EVENTS;
            h.element("p", dated.size() + (dated.size() == 1 ? " dated event" : " dated events")
                    + (folded ? ": too many for one page, choose a period" : ""), "class", "count", "role", "status");
            groups.forEach((key, events) -> group(h, key, events, folded, type, entity));
            if (at == null && !t.undatedMain().isEmpty()) {
                h.open("section", "aria-labelledby", "undated").element("h2", "Undated", "id", "undated");
                EventList.write(h, t.undatedMain().stream().limit(MAX_EVENTS)
                        .map(u -> Views.EventSummary.of(u.event(), u.explained())).toList(), "");
                h.close("section");
            }
        });
    }

    private static void group(Html h, String key, List<Views.EventSummary> events, boolean folded, String type,
            String entity) {
        h.open("section", "class", "period").open("h2");
        if (key.length() < 10) {
            h.element("a", DateText.of(key), "href", Links.to("/timeline", "at", key, "type", type, "entity", entity));
        } else {
            h.text(DateText.of(key));
        }
        h.element("span", " (" + events.size() + ")", "class", "count").close("h2");
        if (!folded) {
            EventList.write(h, events, "");
        }
        h.close("section");
    }

    /** The events under their date's first {@code level} characters (year, month, day); coarser dates under themselves. */
    private static Map<String, List<Views.EventSummary>> group(List<Views.EventSummary> events, int level) {
        Map<String, List<Views.EventSummary>> groups = new LinkedHashMap<>();
        for (Views.EventSummary e : events) {
            String value = e.date().value();
            String iso = value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? value
                    : DatePeriod.of(value).map(p -> p.first().toString()).orElse(value);
            groups.computeIfAbsent(iso.substring(0, Math.min(level, iso.length())), k -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    private static void zoomPath(Html h, String at, String type, String entity) {
        h.open("nav", "aria-label", "Zoom", "class", "zoom").open("ol");
        h.open("li").element("a", "All years", "href", Links.to("/timeline", "type", type, "entity", entity),
                "aria-current", at == null ? "page" : null).close("li");
        if (at != null) {
            for (int length : new int[] {4, 7, 10}) {
                if (at.length() >= length) {
                    String part = at.substring(0, length);
                    h.open("li").element("a", DateText.of(part), "href",
                            Links.to("/timeline", "at", part, "type", type, "entity", entity),
                            "aria-current", part.equals(at) ? "page" : null).close("li");
                }
            }
        }
        h.close("ol").close("nav");
    }

    private static void filters(Html h, Snapshots.StoreQuery s, String type, String entity, String at) {
        Set<String> types = new TreeSet<>(s.eventTypes());
        h.open("form", "method", "get", "action", "/timeline", "class", "filters", "aria-label", "Filter the timeline");
        h.element("label", "Type", "for", "type").open("select", "id", "type", "name", "type")
                .element("option", "any", "value", "");
        for (String t : types) {
            h.element("option", t, "value", t, "selected", t.equalsIgnoreCase(type == null ? "" : type) ? "selected" : null);
        }
        h.close("select");
        h.element("label", "Entity", "for", "entity").open("input", "id", "entity", "name", "entity", "type", "text",
                "value", entity, "placeholder", "a name, e.g. part of it", "maxlength", String.valueOf(Query.MAX_LENGTH));
        if (at != null) {
            h.open("input", "type", "hidden", "name", "at", "value", at);
        }
        h.element("button", "Show", "type", "submit").close("form");
    }
}
