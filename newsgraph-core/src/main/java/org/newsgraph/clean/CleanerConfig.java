package org.newsgraph.clean;

/**
 * How the boilerplate cleaner weighs lines.
 *
 * @param maxTitleWords        a longer line is never taken for a headline, a teaser or a title
 * @param maxRepeatedLineWords a repeated line that is not a sentence goes, every copy, up to this length
 * @param minRepeatWords       a paragraph repeated word for word goes from this many words on
 * @param minNearRepeatWords   a paragraph repeated with a word changed goes from this many words on
 * @param maxNearRepeatChange  the share of words that may differ in a near repeat (at least one word)
 * @param trailerLines         how many lines at the end are read for a trailer
 * @param maxCopies            a line printed more often than this is the structure of a list or
 *                             a schedule, not furniture or a slip: every copy stays
 */
public record CleanerConfig(
        int maxTitleWords,
        int maxRepeatedLineWords,
        int minRepeatWords,
        int minNearRepeatWords,
        double maxNearRepeatChange,
        int trailerLines,
        int maxCopies) {

    public CleanerConfig {
        if (maxTitleWords < 1 || maxRepeatedLineWords < 1 || minRepeatWords < 1 || minNearRepeatWords < 1
                || trailerLines < 0 || maxCopies < 2) {
            throw new IllegalArgumentException("word counts must be positive: " + this);
        }
        if (maxNearRepeatChange < 0 || maxNearRepeatChange >= 1) {
            throw new IllegalArgumentException("maxNearRepeatChange out of [0, 1): " + maxNearRepeatChange);
        }
    }

    /**
     * Headlines of up to 30 words; short repeated furniture of up to 8; exact repeats from 5
     * words, near repeats from 8 words with one word in ten changed; a trailer in the last 3
     * lines; a line printed up to 3 times may be furniture or a slip, more often it is structure.
     */
    public static CleanerConfig defaults() {
        return new CleanerConfig(30, 8, 5, 8, 0.1, 3, 3);
    }
}
