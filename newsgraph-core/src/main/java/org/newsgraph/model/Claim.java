package org.newsgraph.model;

import java.util.Objects;

/**
 * A quantity an article states ("more than €20 billion", "between 10 and 20 tanks"), read into
 * a value, who states it, and what it measures.
 *
 * @param span          the quantity's words in the article's text, qualifier and unit included
 * @param value         the quantity, scale applied (20 billion is 2.0E10); the lower end of a range
 * @param upper         the upper end of a range, null for a single value
 * @param unit          an ISO 4217 currency code ("EUR"), "percent", or the counted noun as
 *                      written, lower case ("troops", "personnel"); null for a bare large number
 * @param qualifier     "more than", "at least", "nearly", "about", "up to", "less than", "at most",
 *                      or null when the text gives the number as exact
 * @param claimant      index in the article's entity list of who states it, -1 when the sentence
 *                      names no speaker (the outlet stands behind it)
 * @param claimantText  the words naming the claimant in the text ("the Secretary General", "he"),
 *                      null when there are none
 * @param subject       a short phrase saying what the quantity measures, null when none was read
 */
public record Claim(Span span, String text, double value, Double upper, String unit, String qualifier,
        int claimant, String claimantText, String subject) {

    public static final int NO_CLAIMANT = -1;

    public Claim {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (claimant < NO_CLAIMANT) {
            throw new IllegalArgumentException("claimant " + claimant + " is neither an entity index nor -1");
        }
    }

    public boolean hasClaimant() {
        return claimant != NO_CLAIMANT;
    }

    /** The same quantity said by another claimant. */
    public Claim withClaimant(int newClaimant, String newClaimantText) {
        return new Claim(span, text, value, upper, unit, qualifier, newClaimant, newClaimantText, subject);
    }
}
