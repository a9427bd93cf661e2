package org.newsgraph.temporal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TimeML value of one relative expression, from its words, the publication day (the anchor),
 * the tense of its clause and the day last narrated: weekdays, months without a year, days next
 * to the anchor, "N units ago", this/last/next week, month, quarter and year, open stretches ("the
 * coming weeks"), and "the same day" or a bare "morning", the day narrated. Empty when the words
 * are none of these, so that SUTime's value stands.
 */
final class RelativeDates {

    /** Words the expression may begin with that say nothing of its value. */
    private static final Pattern LEADING = Pattern.compile("^(?:on|in|at|during|over|by|since|until|from|for) ");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private final TimeWords words;
    private final Pattern weekday;
    private final Pattern month;
    private final Pattern monthDay;
    private final Pattern dayMonth;
    private final Pattern nearAnchor;
    private final Pattern ago;
    private final Pattern calendarUnit;
    private final Pattern quarter;
    private final Pattern partOfDay;

    RelativeDates(TimeWords words) {
        this.words = words;
        String dir = "(?:(?<dir>" + TimeWords.alternatives(words.directions.keySet()) + ") )?";
        String part = "(?: (?<part>" + TimeWords.alternatives(words.partsOfDay.keySet()) + "))?";
        String months = "(?<month>" + TimeWords.alternatives(words.months.keySet()) + ")";
        String day = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
        this.weekday = Pattern.compile(dir + "(?<weekday>" + TimeWords.alternatives(words.weekdays.keySet()) + ")(?:'s)?" + part);
        this.month = Pattern.compile(dir + "(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of)[ -])?" + months);
        this.monthDay = Pattern.compile(months + " " + day);
        this.dayMonth = Pattern.compile(day + " (?:of )?" + months);
        this.nearAnchor = Pattern.compile("(?:(?:earlier|later|this) )?(?<name>" + TimeWords.alternatives(words.daysOfAnchor.keySet())
                + "|this)" + part);
        this.ago = Pattern.compile("(?:(?:" + TimeWords.alternatives(words.vagueCounts) + ") )?(?<count>\\d{1,4}|"
                + TimeWords.alternatives(words.numbers.keySet()) + ") (?<unit>" + TimeWords.alternatives(words.units.keySet()) + ") ago(?<today> today| this day)?");
        this.calendarUnit = Pattern.compile("(?:the )?(?<dir>" + TimeWords.alternatives(words.directions.keySet())
                + ") (?<unit>week|weekend|month|year)");
        this.partOfDay = Pattern.compile("(?:the )?(?<part>" + TimeWords.alternatives(words.partsOfDay.keySet()) + ")");
        this.quarter = Pattern.compile("(?:the )?(?<which>" + TimeWords.alternatives(words.directions.keySet()) + "|"
                + TimeWords.alternatives(words.quarterOrdinals.keySet()) + ")[ -]quarter(?: of (?<year>\\d{4}|this year|last year|next year))?");
    }

    /** The expression's words as the rules read them: lower case, one space, no leading preposition. */
    static String words(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace(".", "").replaceAll("\\s+", " ").strip();
        return LEADING.matcher(s).replaceFirst("");
    }

    /** The value these words have on this anchor, or empty when no rule reads them. */
    Optional<String> value(String text, String type, LocalDate anchor, Tense tense, LocalDate narrated) {
        String s = words(text);
        if (words.openEnds.containsKey(s)) {
            return Optional.of(words.openEnds.get(s));
        }
        if (words.dayOffsets.containsKey(s)) {
            return Optional.of(narrated.plusDays(Long.parseLong(words.dayOffsets.get(s))).toString());
        }
        Matcher m;
        if ((m = nearAnchor.matcher(s)).matches()) {
            return nearAnchor(m, anchor);
        }
        if ((m = partOfDay.matcher(s)).matches()) {
            return Optional.of(narrated + words.partsOfDay.get(m.group("part")));
        }
        if ((m = weekday.matcher(s)).matches()) {
            return Optional.of(weekday(m, anchor, tense));
        }
        if ((m = month.matcher(s)).matches()) {
            return Optional.of(month(m, anchor, tense));
        }
        if ((m = monthDay.matcher(s)).matches() || (m = dayMonth.matcher(s)).matches()) {
            return dayOfMonth(m, anchor, tense);
        }
        if ((m = ago.matcher(s)).matches()) {
            return ago(m, anchor);
        }
        if ((m = calendarUnit.matcher(s)).matches() && "DATE".equals(type)) {
            return calendarUnit(m, anchor);
        }
        if ((m = quarter.matcher(s)).matches() && "DATE".equals(type)) {
            return quarter(m, anchor);
        }
        return Optional.empty();
    }

    /** A day of the publication week: today, yesterday, tomorrow, this morning, tonight. */
    private Optional<String> nearAnchor(Matcher m, LocalDate anchor) {
        String name = m.group("name");
        String part = m.group("part");
        if (name.equals("this")) {
            return part == null ? Optional.empty() : Optional.of(anchor + words.partsOfDay.get(part));
        }
        LocalDate day = anchor.plusDays(Long.parseLong(words.daysOfAnchor.get(name)));
        String suffix = part != null ? words.partsOfDay.get(part) : words.partsOfDay.getOrDefault(name, "");
        return Optional.of(day + suffix);
    }

    /**
     * "last Friday" is the Friday before the anchor, "next Friday" the one after it; a bare one
     * takes its way from tense: past the latest on or before the anchor, future the first after
     * it, present or unknown the nearest (within three days either side).
     */
    private String weekday(Matcher m, LocalDate anchor, Tense tense) {
        DayOfWeek day = DayOfWeek.of(Integer.parseInt(words.weekdays.get(m.group("weekday"))));
        String dir = direction(m);
        LocalDate date;
        if (dir.equals("PAST")) {
            date = anchor.with(TemporalAdjusters.previous(day));
        } else if (dir.equals("FUTURE") || tense == Tense.FUTURE) {
            date = anchor.with(TemporalAdjusters.next(day));
        } else if (tense == Tense.PAST) {
            date = anchor.with(TemporalAdjusters.previousOrSame(day));
        } else {
            date = anchor.plusDays(Math.floorMod(day.getValue() - anchor.getDayOfWeek().getValue() + 3, 7) - 3);
        }
        String part = m.group("part");
        return date + (part == null ? "" : words.partsOfDay.get(part));
    }

    /** A month without a year, the same way: past on or before the anchor's month, future on or after. */
    private String month(Matcher m, LocalDate anchor, Tense tense) {
        int number = Integer.parseInt(words.months.get(m.group("month")));
        YearMonth here = YearMonth.from(anchor);
        YearMonth same = here.withMonth(number);
        String dir = direction(m);
        YearMonth value;
        if (dir.equals("PAST")) {
            value = same.isBefore(here) ? same : same.minusYears(1);
        } else if (dir.equals("FUTURE")) {
            value = same.isAfter(here) ? same : same.plusYears(1);
        } else if (tense == Tense.PAST) {
            value = same.isAfter(here) ? same.minusYears(1) : same;
        } else if (tense == Tense.FUTURE) {
            value = same.isBefore(here) ? same.plusYears(1) : same;
        } else {
            value = same;
        }
        return value.toString();
    }

    /**
     * "December 28" without a year: in the past tense the latest such day up to a month after the
     * anchor (a day planned a few days ahead is still reported in the past tense: "was due on
     * November 11"), in the future the first one from a month before it; else the anchor's year.
     */
    private Optional<String> dayOfMonth(Matcher m, LocalDate anchor, Tense tense) {
        try {
            LocalDate same = LocalDate.of(anchor.getYear(), Integer.parseInt(words.months.get(m.group("month"))),
                    Integer.parseInt(m.group("day")));
            if (tense == Tense.PAST && same.isAfter(anchor.plusMonths(1))) {
                return Optional.of(same.minusYears(1).toString());
            }
            if (tense == Tense.FUTURE && same.isBefore(anchor.minusMonths(1))) {
                return Optional.of(same.plusYears(1).toString());
            }
            return Optional.of(same.toString());
        } catch (DateTimeException noSuchDay) {
            return Optional.empty(); // "February 30": not a date, leave it to SUTime
        }
    }

    /**
     * "nearly 14 months ago": the anchor less the count, as precise as the unit (weeks to the day);
     * "one year ago today" is precise to the day whatever the unit.
     */
    private Optional<String> ago(Matcher m, LocalDate anchor) {
        String number = words.number(m.group("count"));
        if (number.equals("X")) {
            return Optional.empty();
        }
        long n = Long.parseLong(number);
        String unit = words.units.get(m.group("unit"));
        if (m.group("today") != null) {
            return switch (unit) {
                case "D" -> Optional.of(anchor.minusDays(n).toString());
                case "W" -> Optional.of(anchor.minusWeeks(n).toString());
                case "M" -> Optional.of(anchor.minusMonths(n).toString());
                case "Y" -> Optional.of(anchor.minusYears(n).toString());
                default -> Optional.empty();
            };
        }
        return switch (unit) {
            case "D" -> Optional.of(anchor.minusDays(n).toString());
            case "W" -> Optional.of(anchor.minusWeeks(n).toString());
            case "M" -> Optional.of(YearMonth.from(anchor).minusMonths(n).toString());
            case "Y" -> Optional.of(String.valueOf(anchor.getYear() - n));
            default -> Optional.empty();
        };
    }

    /** "this week", "last month", "next year", "this weekend": the anchor's unit, or the one before or after. */
    private Optional<String> calendarUnit(Matcher m, LocalDate anchor) {
        int step = switch (direction(m)) {
            case "PAST" -> -1;
            case "FUTURE" -> 1;
            default -> 0;
        };
        return Optional.of(switch (m.group("unit")) {
            case "week" -> isoWeek(anchor.plusWeeks(step));
            case "weekend" -> isoWeek(anchor.plusWeeks(step)) + "-WE";
            case "month" -> YearMonth.from(anchor).plusMonths(step).toString();
            default -> String.valueOf(anchor.getYear() + step);
        });
    }

    /**
     * "the third quarter of 2009" (of this, last or next year) by its ordinal, "the last quarter
     * of 2009" the fourth; without a year "last quarter" is the one before the anchor's, "next
     * quarter" the one after, "this quarter" the anchor's, and an ordinal is left to SUTime.
     */
    private Optional<String> quarter(Matcher m, LocalDate anchor) {
        String which = m.group("which");
        String year = m.group("year");
        if (year != null) {
            String ordinal = words.quarterOrdinals.get(which);
            return Optional.ofNullable(ordinal).map(q -> yearOf(year, anchor) + "-Q" + q);
        }
        String dir = words.directions.get(which);
        if (dir == null) {
            return Optional.empty();
        }
        int step = dir.equals("PAST") ? -1 : dir.equals("FUTURE") ? 1 : 0;
        YearMonth month = YearMonth.from(anchor).plusMonths(3L * step);
        return Optional.of(month.getYear() + "-Q" + ((month.getMonthValue() + 2) / 3));
    }

    private static int yearOf(String year, LocalDate anchor) {
        return switch (year) {
            case "this year" -> anchor.getYear();
            case "last year" -> anchor.getYear() - 1;
            case "next year" -> anchor.getYear() + 1;
            default -> Integer.parseInt(year);
        };
    }

    /** The ISO week of a day, in its week-based year: 2023-01-01 is in 2022-W52, 2024-12-30 in 2025-W01. */
    static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Whether a value names one whole day, so that "the day before" can count from it. */
    static boolean fullDate(String value) {
        return value != null && FULL_DATE.matcher(value).matches();
    }

    private String direction(Matcher m) {
        String dir = m.group("dir");
        return dir == null ? "" : words.directions.get(dir);
    }
}
