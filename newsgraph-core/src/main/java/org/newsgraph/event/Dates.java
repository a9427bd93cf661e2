package org.newsgraph.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Timex;

/**
 * Event dates from time expressions, at the precision their value supports: a day
 * ({@code 2023-04-20}, or {@code XXXX-04-20} when the year is open), a month or a year; a month
 * whose year is open ({@code XXXX-07}) gives none, as {@code EventDate} allows no such value. Weeks,
 * seasons, durations and vague references give no date; "PAST_REF" and "FUTURE_REF" only a
 * direction. A value the text states with its year is trusted most; one resolved against the
 * publication date (a weekday, "tomorrow", a month without year) as far as that date is.
 */
final class Dates {

    private static final Pattern VALUE = Pattern.compile("^([12]\\d{3}|XXXX)(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\\d|3[01]))?)?(?=$|T)");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b\\d{4}\\b");
    private static final String OPEN_YEAR = "XXXX";
    static final double STATED = 0.9;
    private static final double OPEN = 0.6;
    private static final double NO_PUBLICATION_DATE = 0.5;
    private static final double AS_PUBLISHED = 0.5;

    private final PublicationDate published;

    Dates(PublicationDate published) {
        this.published = published;
    }

    /** The date a time expression gives an event, if it names a day, a month or a year. */
    Optional<EventDate> of(Timex timex) {
        if (timex.value() == null || !pointInTime(timex)) {
            return Optional.empty();
        }
        Matcher m = VALUE.matcher(timex.value());
        if (!m.find() || (m.group(1).equals(OPEN_YEAR) && m.group(3) == null)) { // an open year only with its day
            return Optional.empty();
        }
        String value = m.group(0);
        double confidence = value.startsWith(OPEN_YEAR) ? OPEN
                : YEAR_IN_TEXT.matcher(timex.text()).find() ? STATED
                : STATED * (published.isKnown() ? published.confidence() : NO_PUBLICATION_DATE);
        return Optional.of(new EventDate(value, Basis.TEXT, confidence));
    }

    /**
     * The publication day as the date of an event the article reports as news without a date of
     * its own, basis {@link Basis#PUBLISHED}: it happened that day or just before. Trusted at half
     * the publication date's confidence, below any date a text gives (0.9 stated, 0.72 from the
     * lead), so that every report's own date wins over it; none when the day is not known.
     */
    EventDate asPublished() {
        return publicationDay()
                .map(day -> new EventDate(day.toString(), Basis.PUBLISHED, published.confidence() * AS_PUBLISHED))
                .orElse(EventDate.none());
    }

    /** The direction a vague reference gives ("recently" looks back, "the coming weeks" ahead). */
    static EventLexicon.Frame frameOf(Timex timex) {
        if ("PAST_REF".equals(timex.value())) {
            return EventLexicon.Frame.PAST;
        }
        return "FUTURE_REF".equals(timex.value()) ? EventLexicon.Frame.FUTURE : EventLexicon.Frame.NOW;
    }

    /** Whether a time expression is a date or a time, not a length ("two days") or a frequency ("daily"). */
    static boolean pointInTime(Timex timex) {
        return timex.type().equals("DATE") || timex.type().equals("TIME");
    }

    /**
     * Whether a date lies within {@code days} of the publication day, as the news of a report does;
     * true when the publication day is unknown (nothing says otherwise), false for no date.
     */
    boolean nearPublication(EventDate date, int days) {
        if (!date.isKnown()) {
            return false;
        }
        Optional<LocalDate> day = publicationDay();
        return day.isEmpty() || gap(date.value(), day.get().toString()).map(g -> g <= days).orElse(false);
    }

    /** The publication day, if the date is known to the day. */
    Optional<LocalDate> publicationDay() {
        if (!published.isKnown()) {
            return Optional.empty();
        }
        return range(published.day()).filter(r -> r[0].equals(r[1])).map(r -> r[0]);
    }

    /** Whether two values can name the same time: one holds the other, an open year matching any. */
    static boolean compatible(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i]) && !(i == 0 && (x[i].equals(OPEN_YEAR) || y[i].equals(OPEN_YEAR)))) {
                return false;
            }
        }
        return true;
    }

    /** The days between two values' spans (0 when they overlap), or empty when a year is open. */
    static Optional<Long> gap(String a, String b) {
        Optional<LocalDate[]> x = range(a);
        Optional<LocalDate[]> y = range(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        if (x.get()[1].isBefore(y.get()[0])) {
            return Optional.of(ChronoUnit.DAYS.between(x.get()[1], y.get()[0]));
        }
        if (y.get()[1].isBefore(x.get()[0])) {
            return Optional.of(ChronoUnit.DAYS.between(y.get()[1], x.get()[0]));
        }
        return Optional.of(0L);
    }

    /** The first and last day a value covers, or empty for an open year. */
    static Optional<LocalDate[]> range(String value) {
        if (value == null || value.startsWith(OPEN_YEAR)) {
            return Optional.empty();
        }
        try {
            String[] parts = value.split("-");
            if (parts.length >= 3) {
                LocalDate day = LocalDate.parse(value.substring(0, 10));
                return Optional.of(new LocalDate[] {day, day});
            }
            if (parts.length == 2) {
                YearMonth month = YearMonth.parse(value);
                return Optional.of(new LocalDate[] {month.atDay(1), month.atEndOfMonth()});
            }
            int year = Integer.parseInt(parts[0]);
            return Optional.of(new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)});
        } catch (DateTimeParseException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Whether a value names a single day. */
    static boolean isDay(String value) {
        return value.split("-").length == 3;
    }
}
