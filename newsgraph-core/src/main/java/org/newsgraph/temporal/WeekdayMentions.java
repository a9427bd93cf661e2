package org.newsgraph.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * The weekdays an article names in running text ("on Thursday"), and whether they fit a
 * candidate date: news tells the last few days by their names. A weekday written beside a
 * date ("Thursday, 13 April") or inside a holiday's name ("Good Friday") is left out.
 */
final class WeekdayMentions {

    /** How the weekdays an article names fit a candidate date. */
    enum Fit {
        /** One names the candidate's own day. */
        SAME_DAY,
        /** One falls in the window before it, none on it. */
        RECENT,
        /** The article names weekdays and none falls in the window. */
        CONTRADICTS,
        /** The article names no weekday. */
        SILENT
    }

    /** A fit and the weekday it rests on (the nearest one that fits), if any. */
    record Check(Fit fit, Optional<DayOfWeek> day) {}

    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?![\\p{L}])");

    private final DatingRules rules;
    private final Pattern dateAfter;
    private final Pattern phrases;

    WeekdayMentions(DatingRules rules) {
        this.rules = rules;
        String month = rules.formats().monthAlternation();
        this.dateAfter = Pattern.compile("^,?\\s+(?:the\\s+)?(?:[0-3]?[0-9](?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month
                + "(?![\\p{L}])|" + month + "\\.?\\s+[0-3]?[0-9](?![0-9]))", Pattern.CASE_INSENSITIVE);
        this.phrases = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", rules.weekdayPhrases().stream()
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList()) + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The weekdays {@code text} names in running text. */
    Set<DayOfWeek> in(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<Span> named = phrases(text);
        Matcher word = CAPITALISED.matcher(text);
        while (word.find()) {
            Optional<DayOfWeek> day = rules.formats().fullWeekday(word.group());
            if (day.isPresent() && named.stream().noneMatch(s -> s.contains(word.start())) && !dated(text, word.end())) {
                days.add(day.get());
            }
        }
        return days;
    }

    /** How {@code days} fit {@code candidate}, a weekday fitting when it falls in the {@code window} days up to it. */
    static Check check(LocalDate candidate, Set<DayOfWeek> days, int window) {
        if (days.isEmpty()) {
            return new Check(Fit.SILENT, Optional.empty());
        }
        for (int back = 0; back < window; back++) {
            DayOfWeek day = candidate.minusDays(back).getDayOfWeek();
            if (days.contains(day)) {
                return new Check(back == 0 ? Fit.SAME_DAY : Fit.RECENT, Optional.of(day));
            }
        }
        return new Check(Fit.CONTRADICTS, Optional.empty());
    }

    private boolean dated(String text, int end) {
        return dateAfter.matcher(text.substring(end, Math.min(text.length(), end + 30))).find();
    }

    private List<Span> phrases(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = phrases.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }
}
