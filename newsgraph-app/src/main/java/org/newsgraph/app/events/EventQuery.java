package org.newsgraph.app.events;

import java.util.Set;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventSalience;

/**
 * Which events a listing shows.
 *
 * @param type     only events of this type (any case), or null for every type
 * @param entities only events one of these entities (export ids) takes part in or is the place
 *                 of, or null for any
 * @param from     only events that may have happened on or after this period's first day, or
 *                 null; an event dated to a month or a year counts when it overlaps the range
 * @param to       only events that may have happened on or before this period's last day, or null
 * @param mainOnly only the events clusters are about, not those they report or mention
 */
public record EventQuery(String type, Set<String> entities, DatePeriod from, DatePeriod to, boolean mainOnly) {

    public EventQuery {
        entities = entities == null ? null : Set.copyOf(entities);
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw new IllegalArgumentException("the range ends before it starts: " + from.first() + " to " + to.last());
        }
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, false);
    }

    public boolean matches(ExportDocument.Event event) {
        return (type == null || type.isBlank() || event.type().equalsIgnoreCase(type.strip()))
                && (entities == null || event.location() != null && entities.contains(event.location())
                        || event.participants().stream().anyMatch(entities::contains))
                && (!mainOnly || event.salience().equals(EventSalience.MAIN.label()))
                && inRange(DatePeriod.of(event.date().value()).orElse(null));
    }

    /** Whether a date is in the range; without a range any date is, and no date is in a range. */
    private boolean inRange(DatePeriod date) {
        if (from == null && to == null) {
            return true;
        }
        return date != null && (from == null || !date.last().isBefore(from.first()))
                && (to == null || !date.first().isAfter(to.last()));
    }
}
