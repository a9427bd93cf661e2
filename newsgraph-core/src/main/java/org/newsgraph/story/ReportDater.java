package org.newsgraph.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.Basis;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventDate;

/**
 * Dates an event by its reports: fills in the year a report's date lacks ({@code XXXX-04-20})
 * from an anchor day, then picks the best-supported date. Never makes a day up: every date it
 * gives is one a report gave, at most with a year added; with none, it says why, from the reports.
 */
final class ReportDater {

    private static final String NO_YEAR = "XXXX";
    /** How many of the reports' reasons for no date are named; the others are counted. */
    private static final int NAMED_REASONS = 3;

    /** A day to take a missing year from, and how far that day can be trusted. */
    record Anchor(LocalDate day, double confidence) {

        static Optional<Anchor> of(EventDate date) {
            return DatePeriod.of(date.value()).map(p -> new Anchor(p.first(), date.confidence()));
        }
    }

    /**
     * The date as a calendar can place it: a value without a year takes the year that brings it
     * nearest the anchor, with basis {@link Basis#CLUSTER} and no more confidence than the anchor
     * has; a value no calendar can place (no anchor, {@code PRESENT_REF}) is no date, saying so.
     */
    EventDate placed(EventDate date, Optional<Anchor> anchor) {
        if (!date.isKnown()) {
            return date;
        }
        if (!date.value().startsWith(NO_YEAR)) {
            return DatePeriod.of(date.value()).isPresent() ? date
                    : EventDate.none("a date no calendar can place (" + date.value() + ")");
        }
        EventDate unplaced = EventDate.none("a day without a year (" + date.value() + ")");
        if (anchor.isEmpty()) {
            return unplaced;
        }
        LocalDate day = anchor.get().day();
        String rest = date.value().substring(NO_YEAR.length());
        return List.of(day.getYear() - 1, day.getYear(), day.getYear() + 1).stream()
                .map(year -> year + rest)
                .filter(value -> DatePeriod.of(value).isPresent())
                .min(Comparator.comparingLong(value -> distance(DatePeriod.of(value).orElseThrow(), day)))
                .map(value -> new EventDate(value, Basis.CLUSTER, Math.min(date.confidence(), anchor.get().confidence())))
                .orElse(unplaced);
    }

    /**
     * The best-supported of the reports' dates: the most confident, then the one most reports
     * give, then the finer, then the stronger basis, then the first. A finer date that lies within
     * it (the day of "in April") then refines it. No date when no report has one, with the reasons
     * the reports give ({@link #why}).
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
            String why = why(dates);
            return why == null ? EventDate.none() : EventDate.none(why);
        }
        DatePeriod chosen = period(best.get());
        return known.stream().filter(d -> chosen.contains(period(d)))
                .min(Comparator.comparingLong((EventDate d) -> period(d).days()).thenComparing(order))
                .orElseThrow();
    }

    /**
     * Why none of the dates is known, from their notes: a single report's own reason, else each
     * reason with how many reports give it, the most given first ("2 reports: told as past ("had
     * met"); 1 report: timed without a day ("this week")"), the few most given named and the rest
     * counted; null when no report says why.
     */
    static String why(List<EventDate> dates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        dates.stream().map(EventDate::note).filter(Objects::nonNull).forEach(n -> counts.merge(n, 1, Integer::sum));
        if (counts.isEmpty() || dates.size() == 1) {
            return counts.isEmpty() ? null : counts.keySet().iterator().next();
        }
        List<Map.Entry<String, Integer>> order = new ArrayList<>(counts.entrySet());
        order.sort(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).reversed()); // stable
        List<String> parts = new ArrayList<>();
        order.stream().limit(NAMED_REASONS).forEach(e -> parts.add(reports(e.getValue()) + ": " + e.getKey()));
        int others = order.stream().skip(NAMED_REASONS).mapToInt(Map.Entry::getValue).sum();
        if (others > 0) {
            parts.add(reports(others) + ": other reasons");
        }
        return String.join("; ", parts);
    }

    private static String reports(int n) {
        return n + (n == 1 ? " report" : " reports");
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
