package org.newsgraph.http.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.http.read.Snapshots;
import org.newsgraph.model.Place;

/**
 * The events whose place the gazetteer locates, on a Leaflet map over country shapes this server
 * ships (no tile server), one point a place; and the same places and events as a list, for those
 * who do not see or cannot use the map.
 */
final class MapPage {

    static final int MAX_PLACES = 500;
    private static final int MAX_EVENTS_A_PLACE = 50;

    private final Layout layout;

    MapPage(Layout layout) {
        this.layout = layout;
    }

    /**
     * The page, read by query: every event, as the events command reads them, and the places of
     * their locations by key.
     */
    String render(Snapshots.StoreQuery s, Query q) {
        String type = q.text("type");
        List<ListedEvent> events = s.events().events(EventQuery.all());
        Map<String, Place> located = new HashMap<>();
        s.places(events.stream().map(e -> e.event().location()).toList()).forEach((id, place) -> {
            if (place.hasCoordinates()) {
                located.put(id, place);
            }
        });
        Map<String, List<ListedEvent>> byPlace = new LinkedHashMap<>();
        for (ListedEvent e : events) {
            boolean typed = type == null || type.equalsIgnoreCase(e.event().type());
            if (typed && e.event().location() != null && located.containsKey(e.event().location())) {
                byPlace.computeIfAbsent(e.event().location(), k -> new ArrayList<>()).add(e);
            }
        }
        return layout.page("Map of events", "/map", true, h -> {
            h.element("h1", "Map of events");
            h.element("p", byPlace.size() + (byPlace.size() == 1 ? " place" : " places") + " with events"
                    + (type == null ? "" : " of type " + type) + ". Country shapes: Natural Earth (public domain).",
                    "class", "count");
            h.element("div", "", "id", "map", "class", "map", "role", "region", "aria-label",
                    "Map of event places: arrow keys pan, plus and minus zoom; the list below has the same events",
                    "tabindex", "0");
            h.element("h2", "Places");
            h.open("ul", "class", "places");
            byPlace.entrySet().stream().limit(MAX_PLACES).forEach(p -> place(h, located.get(p.getKey()), p.getKey(), p.getValue()));
            h.close("ul");
        });
    }

    /** A place and its events, named as the events are listed with it. */
    private static void place(Html h, Place p, String id, List<ListedEvent> events) {
        h.open("li", "class", "place", "data-lat", String.valueOf(p.latitude()), "data-lon", String.valueOf(p.longitude()));
        h.open("h3").link("/entities/" + id, events.get(0).place(), EventList.NAME).close("h3").open("ul");
        for (ListedEvent e : events.stream().limit(MAX_EVENTS_A_PLACE).toList()) {
            ExportDocument.Event v = e.event();
            h.open("li").link("/events/" + v.id(), v.title() == null ? v.type() : v.title(), EventList.TITLE)
                    .text(" · " + DateText.of(v.date().value())).close("li");
        }
        h.close("ul").close("li");
    }
}
