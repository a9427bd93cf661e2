package org.newsgraph.temporal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.pipeline.DataFile;

/**
 * Full dates (day, month and year) as the patterns of {@code date-formats.txt} write them, with
 * the month and weekday names of the language. A date that could be read two ways (03/04/2021)
 * is not read at all.
 */
final class DateFormats {

    /** A date and where it stands in the text it was found in. */
    record Found(LocalDate date, int start, int end) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\p{Z}\\s]*");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Map<String, Integer> months;
    private final Map<String, DayOfWeek> weekdayNames;
    private final Map<String, DayOfWeek> fullWeekdays;
    private final String monthAlternation;
    private final List<Pattern> formats;

    private DateFormats(Map<String, Integer> months, Map<String, DayOfWeek> weekdayNames,
            Map<String, DayOfWeek> fullWeekdays, List<Pattern> formats, String monthAlternation) {
        this.months = Map.copyOf(months);
        this.weekdayNames = Map.copyOf(weekdayNames);
        this.fullWeekdays = Map.copyOf(fullWeekdays);
        this.formats = List.copyOf(formats);
        this.monthAlternation = monthAlternation;
    }

    /** Reads {@code months.txt}, {@code weekdays.txt} and {@code date-formats.txt} of a language folder. */
    static DateFormats read(String folder) {
        Map<String, Integer> months = new HashMap<>();
        names(folder + "/months.txt", 12, (number, names) -> names.forEach(n -> months.put(n, number)));
        Map<String, DayOfWeek> all = new HashMap<>();
        Map<String, DayOfWeek> full = new HashMap<>();
        names(folder + "/weekdays.txt", 7, (number, names) -> {
            full.put(names.get(0), DayOfWeek.of(number));
            names.forEach(n -> all.put(n, DayOfWeek.of(number)));
        });
        String monthAlternation = alternation(months.keySet());
        String weekdayAlternation = alternation(all.keySet());
        List<Pattern> formats = new ArrayList<>();
        String name = folder + "/date-formats.txt";
        DataFile.read(DateFormats.class, name, (line, text) -> formats.add(
                format(name, line, text.strip().replace("{month}", monthAlternation)
                        .replace("{weekday}", weekdayAlternation))));
        return new DateFormats(months, all, full, formats, monthAlternation);
    }

    /** Every full date in {@code text}, left to right, none overlapping another. */
    List<Found> findIn(String text) {
        List<Found> all = new ArrayList<>();
        for (Pattern format : formats) {
            Matcher m = format.matcher(text);
            while (m.find()) {
                date(m).ifPresent(date -> all.add(new Found(date, m.start(), m.end())));
            }
        }
        all.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Found> kept = new ArrayList<>();
        for (Found found : all) {
            if (kept.isEmpty() || found.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(found);
            }
        }
        return kept;
    }

    /** The date {@code text} is, when it is one date and nothing else but weekday names and punctuation. */
    Optional<LocalDate> whole(String text) {
        List<Found> found = findIn(text);
        if (found.size() != 1) {
            return Optional.empty();
        }
        String rest = text.substring(0, found.get(0).start()) + " " + text.substring(found.get(0).end());
        Matcher word = WORD.matcher(rest);
        while (word.find()) {
            if (weekday(word.group()).isEmpty()) {
                return Optional.empty();
            }
        }
        return PUNCTUATION_ONLY.matcher(word.reset().replaceAll("")).matches()
                ? Optional.of(found.get(0).date()) : Optional.empty();
    }

    /** The day a weekday name or short form stands for, in any case. */
    Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(weekdayNames.get(key(word)));
    }

    /** The day a weekday's full name stands for, in any case. */
    Optional<DayOfWeek> fullWeekday(String word) {
        return Optional.ofNullable(fullWeekdays.get(key(word)));
    }

    /** A regular expression for any month name, for patterns built on this language. */
    String monthAlternation() {
        return monthAlternation;
    }

    private Optional<LocalDate> date(Matcher m) {
        int year = Integer.parseInt(m.group("year"));
        try {
            if (has(m, "day")) {
                return month(m.group("month")).map(month -> LocalDate.of(year, month, Integer.parseInt(m.group("day"))));
            }
            int first = Integer.parseInt(m.group("first"));
            int second = Integer.parseInt(m.group("second"));
            if (first == second || second > 12) {
                return Optional.of(LocalDate.of(year, first, second));
            }
            return first > 12 ? Optional.of(LocalDate.of(year, second, first)) : Optional.empty();
        } catch (DateTimeException notADay) {
            return Optional.empty(); // 31 February looks like a date and is none
        }
    }

    private Optional<Integer> month(String month) {
        if (Character.isDigit(month.charAt(0))) {
            return Optional.of(Integer.parseInt(month));
        }
        return Optional.ofNullable(months.get(key(month)));
    }

    private static boolean has(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">");
    }

    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static Pattern format(String name, int line, String regex) {
        boolean dayMonth = regex.contains("(?<day>") && regex.contains("(?<month>");
        boolean either = regex.contains("(?<first>") && regex.contains("(?<second>");
        if (!regex.contains("(?<year>") || dayMonth == either) {
            throw DataFile.fault(name, line, "a date format needs groups year, and day with month or first with second");
        }
        try {
            return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![0-9])", FLAGS);
        } catch (PatternSyntaxException e) {
            throw DataFile.fault(name, line, "not a regular expression: " + e.getDescription());
        }
    }

    /** Longest first, so that a short form does not stop a full name short. */
    private static String alternation(java.util.Set<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return "(?:" + String.join("|", sorted.stream().map(Pattern::quote).toList()) + ")";
    }

    /** Reads lines of a number, then names: the number must lie in 1..{@code max}. */
    private static void names(String name, int max, java.util.function.BiConsumer<Integer, List<String>> entry) {
        DataFile.read(DateFormats.class, name, (line, text) -> {
            String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
            int number = words[0].matches("[0-9]{1,2}") ? Integer.parseInt(words[0]) : 0;
            if (number < 1 || number > max || words.length < 2) {
                throw DataFile.fault(name, line, "expected a number from 1 to " + max + ", then names");
            }
            entry.accept(number, List.of(words).subList(1, words.length));
        });
    }
}
