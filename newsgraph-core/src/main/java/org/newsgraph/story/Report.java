package org.newsgraph.story;

import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Basis;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventDate;

/**
 * One article's telling of an event, its entities replaced by corpus entity ids.
 *
 * @param published    the article's publication day, null when unknown
 * @param outlet       the article's outlet, null when unknown
 * @param participants the corpus ids of its participants, each once, in the article's order
 * @param location     the corpus id of its place, null when it names none
 * @param date         its date with a missing year filled in ({@link ReportDater#placed})
 */
record Report(long article, String published, String outlet, Event event, List<Long> participants, Long location, EventDate date) {

    Report {
        participants = List.copyOf(participants);
    }

    /**
     * The days its date stands for, empty when it has none: a date from a publication day (basis
     * {@code published}) stands for that day and the {@code reportedDays} before it, when the news
     * may have happened.
     */
    Optional<DatePeriod> days(int reportedDays) {
        Optional<DatePeriod> period = DatePeriod.of(date.value());
        return date.basis() == Basis.PUBLISHED
                ? period.map(p -> new DatePeriod(p.first().minusDays(reportedDays), p.last()))
                : period;
    }
}
