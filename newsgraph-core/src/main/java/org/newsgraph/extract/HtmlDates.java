package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;

/** Reads publication dates found in a page's markup. */
final class HtmlDates {

    /** Pages trust their markup a little less than a publisher's own metadata file. */
    static final double CONFIDENCE = 0.9;

    /** Content systems write year 1 or the Unix epoch where they have no date. */
    private static final int FIRST_YEAR = 1800;
    private static final String EPOCH = "1970-01-01";

    private static final Pattern LEADING_YEAR = Pattern.compile("([0-9]{1,4})-");
    private static final Pattern LEADING_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");

    private HtmlDates() {}

    /**
     * An ISO date or date-time as written; else the day of a near-ISO stamp such as
     * {@code 2023-04-20T10:00:00+0000}, which pages often write; else nothing.
     */
    static Optional<PublicationDate> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (isPlaceholder(value)) {
            return Optional.empty();
        }
        if (PublicationDate.isIso(value)) {
            return Optional.of(new PublicationDate(value, Basis.HTML, CONFIDENCE));
        }
        Matcher day = LEADING_DAY.matcher(value);
        return day.matches() && PublicationDate.isIso(day.group(1))
                ? Optional.of(new PublicationDate(LocalDate.parse(day.group(1)).toString(), Basis.HTML, CONFIDENCE))
                : Optional.empty();
    }

    private static boolean isPlaceholder(String value) {
        Matcher year = LEADING_YEAR.matcher(value);
        return value.startsWith(EPOCH) || year.lookingAt() && Integer.parseInt(year.group(1)) < FIRST_YEAR;
    }
}
