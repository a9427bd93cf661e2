package org.newsgraph.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.UrlDates;
import org.newsgraph.model.Removed;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Dates an article its source left undated, from its text: a date line, byline or wire dateline
 * at the top (basis {@code text}), else the day its address gives (basis {@code url}, for an
 * article read from text whose metadata has its address), else the newest embedded post's signature (basis {@code embed},
 * or {@code text} when the article names that very weekday). The weekdays the article names
 * raise or lower the confidence; they never give a date alone. A date the source gave (metadata,
 * page, address) is kept as it is.
 */
public final class PublicationDater implements Stage {

    /** A date line or byline at the top: outlets print the day of publication there. */
    static final double LINE = 0.8;
    /** Only an update's date: the article is at least that old, most often a day or so older. */
    static final double UPDATE = 0.6;
    /** An embedded post's date the article's own weekday confirms. */
    static final double EMBED_CONFIRMED = 0.75;
    /** An embedded post's date a weekday of the days before it supports. */
    static final double EMBED_SUPPORTED = 0.6;
    /** An embedded post's date alone: a lower bound of the publication. */
    static final double EMBED_ALONE = 0.5;
    static final double SAME_DAY_BONUS = 0.1;
    static final double RECENT_BONUS = 0.05;
    /**
     * The newest full date in the body, on the very weekday the article names: reports tell of
     * the day they are written on, but a body date is an event's date first.
     */
    static final double BODY_DATE_ON_WEEKDAY = 0.4;
    /** What a contradiction (weekdays that do not fit, a newer embed) takes from a line's date. */
    static final double PENALTY = 0.2;

    private final DaterConfig config;
    private final DateLines lines;
    private final EmbedSignatures embeds;
    private final WeekdayMentions weekdays;
    private final DateFormats formats;

    public PublicationDater(DatingRules rules, DaterConfig config) {
        this.config = config;
        this.formats = rules.formats();
        this.lines = new DateLines(rules, config);
        this.embeds = new EmbedSignatures(rules);
        this.weekdays = new WeekdayMentions(rules);
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.CLEAN_TEXT, Facet.DATELINE);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.PUBLICATION_DATE);
    }

    @Override
    public Document apply(Document document) {
        PublicationDate given = document.source().published();
        if (given.isKnown()) {
            return document.withPublished(given);
        }
        Set<DayOfWeek> named = weekdays.in(document.text());
        Optional<LocalDate> embed = embeds.newest(embedLines(document));
        Optional<DateLines.Dated> line = lines.in(document.text(), document.dateline());
        if (line.isPresent()) {
            return fromLine(document, line.get(), named, embed);
        }
        Optional<PublicationDate> address = UrlDates.parse(document.source().url());
        if (address.isPresent()) {
            return dated(document, address.get(), "published " + address.get().date() + " as its address says");
        }
        if (embed.isPresent()) {
            return fromEmbed(document, embed.get(), named);
        }
        return fromBody(document, named);
    }

    /** The newest full date of the body when a weekday the article names is that very day; else none. */
    private Document fromBody(Document document, Set<DayOfWeek> named) {
        Optional<LocalDate> newest = formats.findIn(document.text()).stream().map(DateFormats.Found::date)
                .max(LocalDate::compareTo);
        if (newest.isEmpty()) {
            return document.withPublished(PublicationDate.none());
        }
        WeekdayMentions.Check check = WeekdayMentions.check(newest.get(), named, 1);
        if (check.fit() != WeekdayMentions.Fit.SAME_DAY) {
            return document.withPublished(PublicationDate.none());
        }
        return dated(document, new PublicationDate(newest.get().toString(), Basis.WEEKDAY, BODY_DATE_ON_WEEKDAY),
                "published " + newest.get() + " at a guess: the newest date in the text, and the article's "
                        + name(check.day()) + " is that day");
    }

    private Document fromLine(Document document, DateLines.Dated line, Set<DayOfWeek> named, Optional<LocalDate> embed) {
        LocalDate date = line.date();
        WeekdayMentions.Check check = WeekdayMentions.check(date, named, config.weekdayWindow());
        double confidence = line.form() == DateLines.Form.UPDATE_LINE ? UPDATE : LINE;
        confidence += switch (check.fit()) {
            case SAME_DAY -> SAME_DAY_BONUS;
            case RECENT -> RECENT_BONUS;
            case CONTRADICTS -> -PENALTY;
            case SILENT -> 0;
        };
        String note = "published " + date + " from " + line.form().description() + weekdayNote(check);
        if (embed.isPresent() && embed.get().isAfter(date)) {
            confidence -= PENALTY;
            note += ", though it embeds a post of " + embed.get();
        }
        return dated(document, new PublicationDate(date.toString(), Basis.TEXT, round(confidence)), note);
    }

    private Document fromEmbed(Document document, LocalDate date, Set<DayOfWeek> named) {
        WeekdayMentions.Check check = WeekdayMentions.check(date, named, config.weekdayWindow());
        String from = "published " + date + " from an embed's signature";
        return switch (check.fit()) {
            case SAME_DAY -> dated(document, new PublicationDate(date.toString(), Basis.TEXT, EMBED_CONFIRMED),
                    from + ", the article's " + name(check.day()) + " agrees");
            case RECENT -> dated(document, new PublicationDate(date.toString(), Basis.EMBED, EMBED_SUPPORTED),
                    from + " (at the earliest), the article's " + name(check.day()) + " falls in the days before it");
            case SILENT -> dated(document, new PublicationDate(date.toString(), Basis.EMBED, EMBED_ALONE),
                    from + " (at the earliest): the article names no weekday to confirm it");
            case CONTRADICTS -> document.withPublished(PublicationDate.none()).withNote("no publication date: an embed's"
                    + " signature gives " + date + ", but no weekday the article names falls in the "
                    + config.weekdayWindow() + " days up to it");
        };
    }

    private String weekdayNote(WeekdayMentions.Check check) {
        return switch (check.fit()) {
            case SAME_DAY -> ", and the article's " + name(check.day()) + " is that day";
            case RECENT -> ", and the article's " + name(check.day()) + " falls in the days before it";
            case CONTRADICTS -> ", though no weekday the article names falls in the " + config.weekdayWindow()
                    + " days up to it";
            case SILENT -> "";
        };
    }

    /** The lines of the text and those the cleaner left out, where an embed's signature may be. */
    private static List<String> embedLines(Document document) {
        List<String> all = new ArrayList<>(List.of(document.text().split("\n")));
        document.removed().stream().map(Removed::text).forEach(all::add);
        return all;
    }

    private static Document dated(Document document, PublicationDate published, String note) {
        return document.withPublished(published).withNote(note);
    }

    private static String name(Optional<DayOfWeek> day) {
        return day.map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).orElse("");
    }

    private static double round(double confidence) {
        return Math.max(0.05, Math.min(1.0, Math.round(confidence * 100) / 100.0));
    }
}
