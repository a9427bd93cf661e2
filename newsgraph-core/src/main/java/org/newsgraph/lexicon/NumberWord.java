package org.newsgraph.lexicon;

import java.math.BigDecimal;

/**
 * A number written in words ("seven", "a dozen", "thousands"), as {@link NumberWords} lists it.
 *
 * @param value the number; for a vague word the count it is more than ("thousands": 1000)
 * @param kind  how the word counts
 */
public record NumberWord(BigDecimal value, Kind kind) {

    /** How a number word counts. */
    public enum Kind {
        /** A number on its own: "seven", "a dozen". */
        EXACT,
        /** A round plural, read as more than its value: "thousands". */
        VAGUE,
        /** A number only before a unit or a scale word: "a" in "a week" and "a million". */
        SCALED,
        /** An unknown count, only before a unit or a scale word: "several days", "a few thousand". */
        SCALED_VAGUE;

        /** Whether the word leaves the exact count unknown. */
        public boolean vague() {
            return this == VAGUE || this == SCALED_VAGUE;
        }

        /** Whether the word counts only before a unit or a scale word. */
        public boolean scaled() {
            return this == SCALED || this == SCALED_VAGUE;
        }
    }
}
