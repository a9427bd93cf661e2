package org.newsgraph.temporal;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/**
 * Two expressions SUTime read as one: a length then a day ("lowest in six years on Thursday",
 * "its worst week since November", "a turbulent day yesterday"), or a clock time then its date
 * ("16:15 UTC, June 1st"). TimeML marks them apart, the length a DURATION, the day a DATE; SUTime
 * gives one value joining both ("2009-02-19-WXX-4 INTERSECT P6Y") that is neither.
 */
final class CompoundTimexes {

    /** The day part, which must not begin with a word tying it to the length ("a week from Monday" is one day). */
    private static final String SECOND = "(?<second>(?!(?:from|after|before|of|to|until|into|in)\\b)\\S.*)";

    private final TimeWords words;
    private final Pattern lengthThenDay;
    private final Pattern timeThenDate;

    CompoundTimexes(TimeWords words) {
        this.words = words;
        String count = "(?:(?<count>\\d{1,4}|" + TimeWords.alternatives(words.numbers.keySet()) + ")\\s+)?";
        String unit = "(?<unit>" + TimeWords.alternatives(words.units.keySet()) + ")";
        this.lengthThenDay = Pattern.compile("(?<first>" + count + unit + ")\\s+(?:(?:on|since)\\s+)?" + SECOND,
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        this.timeThenDate = Pattern.compile("(?<first>\\d{1,2}:\\d{2}(?:\\s+(?:UTC|GMT))?)\\s*,\\s*" + SECOND,
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    /**
     * The expressions {@code timex} holds: two when it is one of these compounds and its second part
     * reads as a day ({@code readsAsDate}), the length valued here, the time keeping SUTime's value
     * and the day left for the date rules (null); else the expression alone.
     */
    List<Timex> parts(Timex timex, Predicate<String> readsAsDate) {
        if (timex.text().length() != timex.span().length()) {
            return List.of(timex);
        }
        Matcher m = lengthThenDay.matcher(timex.text());
        if (m.matches() && readsAsDate.test(m.group("second"))) {
            Optional<String> length = words.length(m.group("count"), m.group("unit"));
            if (length.isPresent()) {
                return List.of(part(timex, m, "first", "DURATION", length.get()), part(timex, m, "second", "DATE", null));
            }
        }
        m = timeThenDate.matcher(timex.text());
        if (m.matches() && readsAsDate.test(m.group("second"))) {
            return List.of(part(timex, m, "first", "TIME", timex.value()), part(timex, m, "second", "DATE", null));
        }
        return List.of(timex);
    }

    private static Timex part(Timex whole, Matcher m, String group, String type, String value) {
        int start = whole.span().start() + m.start(group);
        int end = whole.span().start() + m.end(group);
        return new Timex(new Span(start, end), m.group(group), type, value);
    }
}
