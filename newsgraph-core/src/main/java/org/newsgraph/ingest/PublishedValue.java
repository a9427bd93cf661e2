package org.newsgraph.ingest;

import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;

/** Reads a {@code published} value given as metadata (JSONL field or sidecar). */
final class PublishedValue {

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
        return PublicationDate.isIso(value) ? new PublicationDate(value, Basis.METADATA, 1.0) : PublicationDate.none();
    }
}
