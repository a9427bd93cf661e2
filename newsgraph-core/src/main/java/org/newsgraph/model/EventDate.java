package org.newsgraph.model;

import java.util.Objects;

/**
 * When an event happened, at the precision the text supports: a TimeML date value that is a day
 * ({@code 2023-04-20}), a month ({@code 2023-04}) or a year ({@code 2023}); a day whose year the
 * text leaves open is {@code XXXX-04-20}. {@code value} is null exactly when the basis is
 * {@link Basis#NONE}.
 *
 * @param basis      {@link Basis#TEXT} for a time expression that governs the event,
 *                   {@link Basis#CLUSTER} for a date taken from other reports of the same event,
 *                   {@link Basis#PUBLISHED} for the publication day of a report that tells the
 *                   event as news without a date of its own (it happened that day or just before)
 * @param confidence how far the value can be trusted, in [0, 1]
 * @param note       for no date, why there is none, in words a user reads ({@code told as past ("had
 *                   met")}); null when nobody said why, and always for a known date
 */
public record EventDate(String value, Basis basis, double confidence, String note) {

    private static final EventDate NONE = new EventDate(null, Basis.NONE, 0.0, null);

    public EventDate {
        Objects.requireNonNull(basis, "basis");
        if ((value == null) != (basis == Basis.NONE)) {
            throw new IllegalArgumentException("a date needs a basis, and basis none has no date");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
        if (note != null && (basis != Basis.NONE || note.isBlank())) {
            throw new IllegalArgumentException("only no date has a note, and a note says something: " + note);
        }
    }

    /** A known date, or none when {@code value} is null and the basis {@link Basis#NONE}, without a note. */
    public EventDate(String value, Basis basis, double confidence) {
        this(value, basis, confidence, null);
    }

    /** No date, and nobody said why. */
    public static EventDate none() {
        return NONE;
    }

    /** No date, for the reason a user reads in {@code note}. */
    public static EventDate none(String note) {
        return new EventDate(null, Basis.NONE, 0.0, Objects.requireNonNull(note, "note"));
    }

    public boolean isKnown() {
        return basis != Basis.NONE;
    }
}
