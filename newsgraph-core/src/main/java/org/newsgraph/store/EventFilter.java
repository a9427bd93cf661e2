package org.newsgraph.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventSalience;

/**
 * Which stored events a listing asks for, as the store's indexes answer it; every part null asks
 * for nothing.
 *
 * @param type     only events of this type (any case)
 * @param places   only events set in one of these corpus entities
 * @param outlets  only events an article of one of these outlets reports (their names as stored)
 * @param salience only events told this way
 * @param from     only events whose date covers a day on or after this one
 * @param to       only events whose date covers a day on or before this one
 */
public record EventFilter(String type, Set<Long> places, Set<String> outlets, EventSalience salience, LocalDate from,
        LocalDate to) {

    public EventFilter {
        type = type == null || type.isBlank() ? null : type.strip().toLowerCase(Locale.ROOT);
        places = places == null ? null : Set.copyOf(places);
        outlets = outlets == null ? null : Set.copyOf(outlets);
    }

    /** Every event. */
    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, null);
    }

    /** Whether the event is one the filter asks for, given the outlets of the articles that report it. */
    public boolean matches(CorpusEvent event, Collection<String> reportOutlets) {
        DatePeriod period = DatePeriod.of(event.date().value()).orElse(null);
        return (type == null || event.type().equalsIgnoreCase(type))
                && (places == null || event.location() != null && places.contains(event.location()))
                && (outlets == null || reportOutlets.stream().anyMatch(outlets::contains))
                && (salience == null || event.salience() == salience)
                && (from == null && to == null || period != null && (from == null || !period.last().isBefore(from))
                        && (to == null || !period.first().isAfter(to)));
    }
}
