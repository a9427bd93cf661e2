package org.newsgraph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TimeML date value covers, first and last included: a day ({@code 2023-04-20}), a
 * month ({@code 2023-04}), a year ({@code 2023}) or an ISO week ({@code 2023-W16}); a date-time
 * counts as its day. What has no year ({@code XXXX-04-20}) or no calendar meaning
 * ({@code PRESENT_REF}) is no period: it cannot be placed on a timeline.
 */
public record DatePeriod(LocalDate first, LocalDate last) implements Comparable<DatePeriod> {

    /** Earlier first; of two that start on one day, the shorter (the finer) first. */
    private static final Comparator<DatePeriod> ORDER = Comparator.comparing(DatePeriod::first)
            .thenComparing(DatePeriod::last);
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public DatePeriod {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period ends after it starts: " + first + " to " + last);
        }
    }

    /** The period of a TimeML value, or empty when the value is null or places nothing on a calendar. */
    public static Optional<DatePeriod> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parse(value.strip()));
        } catch (DateTimeException impossible) { // 2023-02-30, month 13, week 60
            return Optional.empty();
        }
    }

    private static DatePeriod parse(String value) {
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate day = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            return new DatePeriod(day, day);
        }
        if ((m = MONTH.matcher(value)).matches()) {
            LocalDate start = LocalDate.of(number(m, 1), number(m, 2), 1);
            return new DatePeriod(start, start.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if ((m = YEAR.matcher(value)).matches()) {
            return new DatePeriod(LocalDate.of(number(m, 1), 1, 1), LocalDate.of(number(m, 1), 12, 31));
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = LocalDate.of(number(m, 1), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number(m, 2))
                    .with(java.time.DayOfWeek.MONDAY);
            return new DatePeriod(monday, monday.plusDays(6));
        }
        return null;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    public boolean overlaps(DatePeriod other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    public boolean contains(DatePeriod other) {
        return !first.isAfter(other.first) && !other.last.isAfter(last);
    }

    /** How many days it covers: 1 for a day. */
    public long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    @Override
    public int compareTo(DatePeriod other) {
        return ORDER.compare(this, other);
    }
}
