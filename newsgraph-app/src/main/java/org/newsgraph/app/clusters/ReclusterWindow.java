package org.newsgraph.app.clusters;

import java.time.LocalDate;
import org.newsgraph.store.ArticleStore;

/**
 * Which articles a recluster decides again: those published from {@code from} to {@code to} (days
 * inclusive), and every other member of their clusters; with both null, every article. Articles
 * with no publication day are in the window when their store id is {@code undatedSince} or more
 * (analyze passes the first article of its run), or, with no days given, always.
 */
public record ReclusterWindow(LocalDate from, LocalDate to, long undatedSince) {

    public ReclusterWindow {
        if ((from == null) != (to == null) || from != null && from.isAfter(to)) {
            throw new IllegalArgumentException("a window runs from a day to a later one: " + from + ".." + to);
        }
    }

    /** Every stored article. */
    public static ReclusterWindow all() {
        return new ReclusterWindow(null, null, 0);
    }

    /** These days; no undated article. */
    public static ReclusterWindow between(LocalDate from, LocalDate to) {
        return new ReclusterWindow(from, to, Long.MAX_VALUE);
    }

    /**
     * The last {@code days} days of the store, up to the latest publication day of a stored article;
     * every article when none has a day.
     */
    public static ReclusterWindow lastDays(ArticleStore store, int days) {
        return store.articles().stream().map(a -> a.article().source().published().day()).filter(d -> d != null)
                .max(String::compareTo).map(d -> LocalDate.parse(d.substring(0, 10)))
                .map(latest -> between(latest.minusDays(days - 1L), latest)).orElse(all());
    }

    @Override
    public String toString() {
        return from == null ? "every article" : from + " to " + to;
    }
}
