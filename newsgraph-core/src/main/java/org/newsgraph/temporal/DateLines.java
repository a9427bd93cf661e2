package org.newsgraph.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.ArticleTop;
import org.newsgraph.model.Dateline;

/**
 * The date an article's top prints for it: a line that holds nothing but a date (and a time, a
 * weekday, a cue such as "Published:"), a byline ("By Name | 12 Mar, 2021"), or a wire dateline
 * at the head of the first paragraph ("OSLO, March 12, 2021 (Agency) - ", as the cleaner's dateline
 * reader found it). A date inside a sentence is an event's date, not the article's, and is never
 * read here.
 */
final class DateLines {

    /** How the top of an article gave its date. */
    enum Form {
        DATE_LINE("a date line at the top of the text"),
        BYLINE("a byline"),
        UPDATE_LINE("an update line (no line gives the first publication)"),
        DATELINE("the dateline of the first paragraph");

        private final String description;

        Form(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** A date the top gives and how. */
    record Dated(LocalDate date, Form form) {}

    private static final Pattern TIME = Pattern.compile(
            "(?<![0-9])T?[0-2]?[0-9][:.h][0-5][0-9](?:[:.][0-5][0-9](?:[.][0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?(?![0-9])");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}.'’]*");
    private static final Pattern SEPARATOR = Pattern.compile("[|•·/–—]");
    private static final Pattern PLACE_COMMA = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M} .'’-]{0,40},\\s");
    private static final int NAME_WORDS = 6;

    private final DatingRules rules;
    private final DaterConfig config;

    DateLines(DatingRules rules, DaterConfig config) {
        this.rules = rules;
        this.config = config;
    }

    /**
     * The first date of publication the top gives, else the first date of an update; the wire
     * dateline's date (read by the cleaner) counts where its line stands.
     */
    Optional<Dated> in(String text, Dateline dateline) {
        List<Candidate> candidates = new ArrayList<>();
        Optional<LocalDate> datelineDate = dateOf(text, dateline);
        for (ArticleTop.Line line : config.top().lines(text)) {
            if (!line.paragraph()) {
                candidates.addAll(dateLine(line.text()));
            }
            if (dateline != null && line.holds(dateline.place().start())) {
                datelineDate.ifPresent(date -> candidates.add(new Candidate(date, Form.DATELINE, false)));
            }
        }
        return candidates.stream().min(Comparator.comparing(Candidate::updated))
                .map(c -> new Dated(c.date(), c.updated() ? Form.UPDATE_LINE : c.form()));
    }

    private record Candidate(LocalDate date, Form form, boolean updated) {}

    /** The full date the dateline prints, if it prints one. */
    private Optional<LocalDate> dateOf(String text, Dateline dateline) {
        if (dateline == null || !dateline.hasDate()) {
            return Optional.empty();
        }
        return rules.formats().whole(dateline.date().of(text));
    }

    /** The dates of a line that only dates the article, each with whether an update cue leads it. */
    private List<Candidate> dateLine(String line) {
        List<DateFormats.Found> dates = rules.formats().findIn(line);
        if (dates.isEmpty() || words(line) > config.dateLineWords()) {
            return List.of();
        }
        List<Cue> cues = cues(line);
        if (!onlyDates(line, dates, !cues.isEmpty())) {
            return List.of();
        }
        boolean byline = cues.stream().anyMatch(c -> c.kind() == DatingRules.CueKind.BYLINE);
        List<Candidate> found = new ArrayList<>();
        for (DateFormats.Found date : dates) {
            boolean updated = cues.stream().filter(c -> c.end() <= date.start())
                    .reduce((first, second) -> second)
                    .map(c -> c.kind() == DatingRules.CueKind.UPDATED).orElse(false);
            found.add(new Candidate(date.date(), byline ? Form.BYLINE : Form.DATE_LINE, updated));
        }
        return found;
    }

    private record Cue(DatingRules.CueKind kind, int end) {}

    private List<Cue> cues(String line) {
        List<Cue> cues = new ArrayList<>();
        Matcher m = rules.cuePattern().matcher(line);
        while (m.find()) {
            cues.add(new Cue(rules.cueKind(m.group()), m.end()));
        }
        return cues;
    }

    /**
     * Whether the line holds nothing but its dates and the words a date line may have; the
     * capitalised words of an author's or a place's name only beside a cue, a separator, or as
     * a place before a comma ("LONDON, 12 March 2021").
     */
    private boolean onlyDates(String line, List<DateFormats.Found> dates, boolean cued) {
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (DateFormats.Found date : dates) {
            rest.append(line, from, date.start()).append(' ');
            from = date.end();
        }
        rest.append(line.substring(from));
        String withoutTimes = TIME.matcher(rest).replaceAll(" ");
        boolean namesAllowed = cued || SEPARATOR.matcher(withoutTimes).find() || PLACE_COMMA.matcher(line).find();
        int names = 0;
        Matcher word = WORD.matcher(withoutTimes);
        while (word.find()) {
            String w = word.group();
            if (rules.isLineWord(w) || rules.formats().weekday(w).isPresent()) {
                continue;
            }
            if (!namesAllowed || !Character.isUpperCase(w.charAt(0)) || ++names > NAME_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static int words(String line) {
        return line.split("\\s+").length;
    }
}
