package org.newsgraph.app.events;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventSalience;

/**
 * Which events a listing shows. Every part left null asks for nothing.
 *
 * @param type     only events of this type (any case)
 * @param entities only events one of these entities (export ids) takes part in or is the place of
 * @param places   only events set in one of these places (export ids of entities)
 * @param outlet   only events an article of this outlet reports (any case)
 * @param kind     only events told this way: {@code main} (what a cluster, or an article kept
 *                 apart from it, is about), {@code reported} or {@code mentioned}
 * @param from     only events that may have happened on or after this period's first day; an
 *                 event dated to a month or a year counts when it overlaps the range
 * @param to       only events that may have happened on or before this period's last day
 */
public record EventQuery(String type, Set<String> entities, Set<String> places, String outlet, String kind,
        DatePeriod from, DatePeriod to) {

    /** The kinds an event is told as, as the export labels its salience. */
    public static final List<String> KINDS = List.of(EventSalience.MAIN.label(), EventSalience.REPORTED.label(),
            EventSalience.MENTIONED.label());

    public EventQuery {
        entities = entities == null ? null : Set.copyOf(entities);
        places = places == null ? null : Set.copyOf(places);
        kind = kind == null ? null : kind.strip().toLowerCase(Locale.ROOT);
        if (kind != null && !KINDS.contains(kind)) {
            throw new IllegalArgumentException("no kind of event '" + kind + "': give one of " + String.join(", ", KINDS));
        }
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw new IllegalArgumentException("the range ends before it starts: " + from.first() + " to " + to.last());
        }
    }

    /** A query of type, entities and dates, of the main events only or of every kind. */
    public EventQuery(String type, Set<String> entities, DatePeriod from, DatePeriod to, boolean mainOnly) {
        this(type, entities, null, null, mainOnly ? EventSalience.MAIN.label() : null, from, to);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, false);
    }

    /** Whether the event is one the query asks for, its outlets aside ({@link #reportedBy}). */
    public boolean matches(ExportDocument.Event event) {
        return (type == null || type.isBlank() || event.type().equalsIgnoreCase(type.strip()))
                && (entities == null || event.location() != null && entities.contains(event.location())
                        || event.participants().stream().anyMatch(entities::contains))
                && (places == null || event.location() != null && places.contains(event.location()))
                && (kind == null || event.salience().equals(kind))
                && inRange(DatePeriod.of(event.date().value()).orElse(null));
    }

    /** Whether one of the outlets of an event's reports is the query's; any are when it names none. */
    public boolean reportedBy(Collection<String> outlets) {
        return outlet == null || outlet.isBlank()
                || outlets.stream().anyMatch(o -> o != null && o.equalsIgnoreCase(outlet.strip()));
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
