package org.newsgraph.temporal;

/**
 * How {@link PublicationDater} reads an article.
 *
 * @param topLines       how many non-blank lines at the top of the text may date the article
 * @param paragraphWords a line of this many words or more is a paragraph of the story: the top
 *                       ends with it, and only a wire dateline at its head may date the article
 * @param dateLineWords  the most words a date line or byline may have
 * @param weekdayWindow  how many days, up to and including a candidate date, a weekday the
 *                       article names may fall in to agree with it (news tells recent days by name)
 */
public record DaterConfig(int topLines, int paragraphWords, int dateLineWords, int weekdayWindow) {

    public DaterConfig {
        if (topLines < 1 || paragraphWords < 2 || dateLineWords < 1) {
            throw new IllegalArgumentException("the top needs a line, a paragraph two words, a date line one");
        }
        if (weekdayWindow < 1 || weekdayWindow > 7) {
            throw new IllegalArgumentException("a weekday window is 1 to 7 days: " + weekdayWindow);
        }
    }

    public static DaterConfig defaults() {
        return new DaterConfig(6, 25, 15, 6);
    }
}
