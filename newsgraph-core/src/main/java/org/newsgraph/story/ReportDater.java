package org.newsgraph.story;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Basis;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventDate;

/**
 * Dates an event by its reports: fills in the year a report's date lacks ({@code XXXX-04-20})
 * from an anchor day, then picks the best-supported date. Never makes a day up: every date it
 * gives is one a report gave, at most with a year added.
 */
final class ReportDater {

    private static final String NO_YEAR = "XXXX";

    /** A day to take a missing year from, and how far that day can be trusted. */
    record Anchor(LocalDate day, double confidence) {

        static Optional<Anchor> of(EventDate date) {
            return DatePeriod.of(date.value()).map(p -> new Anchor(p.first(), date.confidence()));
        }
    }

    /**
     * The date as a calendar can place it: a value without a year takes the year that brings it
     * nearest the anchor, with basis {@link Basis#CLUSTER} and no more confidence than the anchor
     * has; a value no calendar can place (no anchor, {@code PRESENT_REF}) is no date.
     */
    EventDate placed(EventDate date, Optional<Anchor> anchor) {
        if (!date.isKnown()) {
            return date;
        }
        if (!date.value().startsWith(NO_YEAR)) {
            return DatePeriod.of(date.value()).isPresent() ? date : EventDate.none();
        }
        if (anchor.isEmpty()) {
            return EventDate.none();
        }
        LocalDate day = anchor.get().day();
        String rest = date.value().substring(NO_YEAR.length());
        return List.of(day.getYear() - 1, day.getYear(), day.getYear() + 1).stream()
                .map(year -> year + rest)
                .filter(value -> DatePeriod.of(value).isPresent())
                .min(Comparator.comparingLong(value -> distance(DatePeriod.of(value).orElseThrow(), day)))
                .map(value -> new EventDate(value, Basis.CLUSTER, Math.min(date.confidence(), anchor.get().confidence())))
                .orElse(EventDate.none());
    }

    /**
     * The best-supported of the reports' dates: the most confident, then the one most reports
     * give, then the finer, then the stronger basis, then the first. A finer date that lies within
     * it (the day of "in April") then refines it. No date when no report has one.
     */
    EventDate best(List<EventDate> dates) {
        List<EventDate> known = dates.stream().filter(EventDate::isKnown)
                .filter(d -> DatePeriod.of(d.value()).isPresent()).toList();
        Comparator<EventDate> order = Comparator.comparingDouble(EventDate::confidence).reversed()
                .thenComparing(Comparator.comparingLong((EventDate d) -> support(d, known)).reversed())
                .thenComparingLong(d -> period(d).days())
                .thenComparing(EventDate::basis);
        Optional<EventDate> best = known.stream().min(order);
        if (best.isEmpty()) {
            return EventDate.none();
        }
        DatePeriod chosen = period(best.get());
        return known.stream().filter(d -> chosen.contains(period(d)))
                .min(Comparator.comparingLong((EventDate d) -> period(d).days()).thenComparing(order))
                .orElseThrow();
    }

    private static long support(EventDate date, List<EventDate> all) {
        return all.stream().filter(d -> d.value().equals(date.value())).count();
    }

    private static DatePeriod period(EventDate date) {
        return DatePeriod.of(date.value()).orElseThrow();
    }

    /** Days from the day to the nearest day of the period; 0 when the period holds it. */
    private static long distance(DatePeriod period, LocalDate day) {
        long d = day.toEpochDay();
        return Math.max(0, Math.max(period.first().toEpochDay() - d, d - period.last().toEpochDay()));
    }
}
