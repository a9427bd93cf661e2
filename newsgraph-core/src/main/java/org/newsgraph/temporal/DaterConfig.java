package org.newsgraph.temporal;

import org.newsgraph.model.ArticleTop;

/**
 * How {@link PublicationDater} reads an article.
 *
 * @param top            the lines at the top of the text that may date the article: the story's
 *                       first paragraph ends it, and only a wire dateline at its head may date it
 * @param dateLineWords  the most words a date line or byline may have
 * @param weekdayWindow  how many days, up to and including a candidate date, a weekday the
 *                       article names may fall in to agree with it (news tells recent days by name)
 */
public record DaterConfig(ArticleTop top, int dateLineWords, int weekdayWindow) {

    public DaterConfig {
        if (top == null || dateLineWords < 1) {
            throw new IllegalArgumentException("the dater needs a top, and a date line a word");
        }
        if (weekdayWindow < 1 || weekdayWindow > 7) {
            throw new IllegalArgumentException("a weekday window is 1 to 7 days: " + weekdayWindow);
        }
    }

    public static DaterConfig defaults() {
        return new DaterConfig(ArticleTop.defaults(), 15, 6);
    }
}
