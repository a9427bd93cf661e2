package org.newsgraph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article's URL gives, as many outlets write it: {@code /2023/04/20/} or
 * {@code /2023-04-20/} in the path. A URL's date is the day the page was filed, which is the
 * publication day more often than not, so it counts for less than the page's own metadata.
 */
public final class UrlDates {

    public static final double CONFIDENCE = 0.7;

    /** A year from 1990 on, a month and a day, as path segments or joined by dashes, not inside a longer number. */
    private static final Pattern DAY = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})([/-])(0?[1-9]|1[0-2]|[a-z]{3})\\2(0?[1-9]|[12][0-9]|3[01])(?![0-9])",
            Pattern.CASE_INSENSITIVE);
    /** Month names as some outlets write them in paths: {@code /2019/nov/18/}. */
    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private UrlDates() {}

    public static Optional<PublicationDate> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher day = DAY.matcher(path(url));
        while (day.find()) {
            Optional<LocalDate> date = date(day);
            if (date.isPresent()) {
                return Optional.of(new PublicationDate(date.get().toString(), Basis.URL, CONFIDENCE));
            }
        }
        return Optional.empty();
    }

    /** The path alone: a host or a query string has numbers that are not dates. */
    private static String path(String url) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        String path = slash < 0 ? "" : url.substring(slash);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static Optional<Integer> month(String month) {
        if (Character.isDigit(month.charAt(0))) {
            return Optional.of(Integer.parseInt(month));
        }
        int index = MONTHS.indexOf(month.toLowerCase(Locale.ROOT));
        return index < 0 ? Optional.empty() : Optional.of(index + 1);
    }

    private static Optional<LocalDate> date(Matcher day) {
        try {
            return month(day.group(3)).map(month -> LocalDate.of(Integer.parseInt(day.group(1)),
                    month, Integer.parseInt(day.group(4))));
        } catch (DateTimeException notADay) {
            return Optional.empty(); // 2023/02/31 looks like a date and is none
        }
    }
}
