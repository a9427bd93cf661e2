package org.newsgraph.ingest;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.newsgraph.model.DateBasis;
import org.newsgraph.model.PublicationDate;

/** Reads a {@code published} value given as metadata (JSONL field or sidecar). */
final class PublishedValue {

    private static final List<DateTimeFormatter> ISO = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_DATE_TIME);

    private PublishedValue() {}

    /**
     * An ISO date or date-time, kept as written, or none: a malformed date is worth less than no
     * date, and it is no reason to lose the article.
     */
    static PublicationDate metadata(String raw) {
        if (raw == null || raw.isBlank()) {
            return PublicationDate.none();
        }
        String value = raw.strip();
        return isIso(value) ? new PublicationDate(value, DateBasis.METADATA, 1.0) : PublicationDate.none();
    }

    private static boolean isIso(String value) {
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
