package org.newsgraph.http.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.newsgraph.app.export.ExportDocument;

/** A date as a person reads it ({@code 20 April 2023}), and what it rests on, in words. */
final class DateText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private DateText() {}

    /** A TimeML value in words: a day, a month or a year; another value (a week, a season) as it is. */
    static String of(String value) {
        if (value == null) {
            return "undated";
        }
        try {
            return switch (value.length()) {
                case 10 -> LocalDate.parse(value).format(DAY);
                case 7 -> YearMonth.parse(value).format(MONTH);
                default -> value;
            };
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** What an event's date rests on, as a clause: {@code from the article text, confidence 0.54}. */
    static String basis(ExportDocument.EventDate date) {
        if (date.value() == null) {
            return date.note() == null ? "no report gives a day" : date.note();
        }
        return basis(date.basis()) + ", confidence " + String.format(Locale.ROOT, "%.2f", date.confidence());
    }

    /** An article's publication day and what it rests on: {@code 20 April 2023 (from the article's metadata, confidence 1.00)}. */
    static String published(ExportDocument.Published published) {
        if (published == null || published.date() == null) {
            return "publication day unknown";
        }
        return of(published.date()) + " (" + basis(published.basis()) + ", confidence "
                + String.format(Locale.ROOT, "%.2f", published.confidence()) + ")";
    }

    /** What a value rests on, the export's basis label in words. */
    static String basis(String label) {
        return switch (label == null ? "none" : label) {
            case "text" -> "from the article text";
            case "published" -> "the day a report was published";
            case "cluster" -> "from the other reports of the event";
            case "metadata" -> "from the article's metadata";
            case "html" -> "from the page's markup";
            case "url" -> "from the article's address";
            case "embed" -> "from data embedded in the page";
            case "weekday" -> "from a weekday the text names";
            case "none" -> "nothing supports it";
            default -> "basis " + label;
        };
    }
}
