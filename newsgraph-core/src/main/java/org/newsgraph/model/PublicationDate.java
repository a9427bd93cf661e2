package org.newsgraph.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, with the basis for it. {@code date} is ISO-8601 (a day, or a
 * date-time as given by metadata) and is null exactly when the basis is {@link Basis#NONE}.
 */
public record PublicationDate(String date, Basis basis, double confidence) {

    private static final PublicationDate NONE = new PublicationDate(null, Basis.NONE, 0.0);
    private static final List<DateTimeFormatter> ISO = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_DATE_TIME);

    public PublicationDate {
        Objects.requireNonNull(basis, "basis");
        if ((date == null) != (basis == Basis.NONE)) {
            throw new IllegalArgumentException("a date needs a basis, and basis none has no date");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    public static PublicationDate none() {
        return NONE;
    }

    public boolean isKnown() {
        return basis != Basis.NONE;
    }

    /** The day part (yyyy-MM-dd) of the date, or null. */
    public String day() {
        return date == null || date.length() < 10 ? date : date.substring(0, 10);
    }

    /**
     * The day of the date when it is known to the day: what relative dates are resolved against. A
     * month or a year only gives none: nothing to anchor a weekday on.
     */
    public Optional<LocalDate> wholeDay() {
        if (!isKnown()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(day()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether a value is an ISO-8601 date ({@code 2023-04-20}) or date-time, with or without offset. */
    public static boolean isIso(String value) {
        for (DateTimeFormatter format : ISO) {
            try {
                format.parse(value);
                return true;
            } catch (DateTimeParseException notThisForm) {
                // the next form may fit
            }
        }
        return false;
    }
}
