package org.newsgraph.eval.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.app.export.ExportDocument;

/**
 * The export's quotes scored against the seed gold, once the export is made: a gold quote is
 * found when a quote of its article starts with (or holds) its first words, quotation marks,
 * apostrophes, ellipses, case and spacing aside; its speaker is right when the quote's speaker
 * entity has the gold speaker's name as its name or an alias. Also counts quotes taken from text
 * the cleaner removed.
 */
public record SeedQuoteScore(List<Line> lines, List<String> fromRemoved, String exported) {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE = Pattern.compile("^[\\s.…\"“”„«»'‘’]+");

    /** One gold quote: the exported quote that matched it (null when none) and its speaker's names. */
    public record Line(SeedQuoteGold.Quote gold, ExportDocument.Quote found, String speakerName, boolean speakerRight) {}

    public static SeedQuoteScore of(ExportDocument export, SeedQuoteGold gold) {
        Map<String, String> articleOfFile = new HashMap<>();
        Map<String, List<ExportDocument.Removed>> removed = new HashMap<>();
        for (ExportDocument.Article a : export.articles()) {
            articleOfFile.put(a.file(), a.id());
            removed.put(a.id(), a.removed());
        }
        Map<String, ExportDocument.Entity> entities = new HashMap<>();
        export.entities().forEach(e -> entities.put(e.id(), e));
        List<Line> lines = new ArrayList<>();
        for (SeedQuoteGold.Quote g : gold.quotes()) {
            lines.add(line(g, articleOfFile.get(g.doc()), export.quotes(), entities));
        }
        return new SeedQuoteScore(lines, fromRemoved(export.quotes(), removed), render(export, entities));
    }

    private static Line line(SeedQuoteGold.Quote g, String article, List<ExportDocument.Quote> quotes,
            Map<String, ExportDocument.Entity> entities) {
        String starts = norm(g.starts());
        Line best = new Line(g, null, null, false);
        for (ExportDocument.Quote q : quotes) {
            if (!q.article().equals(article) || !norm(q.text()).contains(starts)) {
                continue;
            }
            ExportDocument.Entity speaker = q.speaker() == null ? null : entities.get(q.speaker());
            boolean right = speaker != null && names(speaker).contains(norm(g.speaker()));
            Line line = new Line(g, q, speaker == null ? null : speaker.name(), right);
            if (best.found() == null || (right && !best.speakerRight())
                    || (right == best.speakerRight() && norm(q.text()).startsWith(starts) && !norm(best.found().text()).startsWith(starts))) {
                best = line;
            }
        }
        return best;
    }

    private static List<String> names(ExportDocument.Entity e) {
        List<String> names = new ArrayList<>();
        names.add(norm(e.name()));
        e.aliases().forEach(a -> names.add(norm(a)));
        return names;
    }

    /**
     * Quotes whose words are a removed line's, or hold a whole removed line; lines removed as
     * repeats are left out, since the text keeps the line they repeat.
     */
    private static List<String> fromRemoved(List<ExportDocument.Quote> quotes, Map<String, List<ExportDocument.Removed>> removed) {
        List<String> bad = new ArrayList<>();
        for (ExportDocument.Quote q : quotes) {
            String words = norm(q.text());
            for (ExportDocument.Removed r : removed.getOrDefault(q.article(), List.of())) {
                if (r.reason().startsWith("repeated")) {
                    continue; // a copy of a line the text keeps, where the quote was taken from
                }
                String line = norm(r.text());
                if (line.length() >= 20 && (line.contains(words) || words.contains(line))) {
                    bad.add(q.article() + ": " + q.text() + "  <- removed (" + r.reason() + "): " + r.text());
                }
            }
        }
        return bad;
    }

    static String norm(String text) {
        String plain = text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace("[", "").replace("]", "");
        return EDGE.matcher(SPACE.matcher(plain).replaceAll(" ")).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }

    public int found() {
        return (int) lines.stream().filter(l -> l.found() != null).count();
    }

    public int speakersRight() {
        return (int) lines.stream().filter(Line::speakerRight).count();
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "found %d of %d gold quotes, speaker right for %d; %d quotes from removed lines%n",
                found(), lines.size(), speakersRight(), fromRemoved.size()));
        for (Line l : lines) {
            String mark = l.found() == null ? "MISS " : l.speakerRight() ? "ok   " : "WRONG";
            out.append(String.format(Locale.ROOT, "  %s %s  gold %-20s got %-22s (%s)  \"%s\"%n", mark, l.gold().doc(),
                    l.gold().speaker(), l.speakerName(), l.found() == null ? "-" : l.found().speakerText(),
                    shorten(l.gold().starts())));
        }
        fromRemoved.forEach(r -> out.append("  FROM REMOVED ").append(r).append('\n'));
        out.append(exported);
        return out.toString();
    }

    /** Every exported quote, for reading what the finder did beside the gold. */
    private static String render(ExportDocument export, Map<String, ExportDocument.Entity> entities) {
        StringBuilder out = new StringBuilder("exported quotes:\n");
        for (ExportDocument.Quote q : export.quotes()) {
            String speaker = Optional.ofNullable(q.speaker()).map(entities::get).map(ExportDocument.Entity::name).orElse("-");
            out.append(String.format(Locale.ROOT, "  %s %s %-20s %-24s %-10s %s%n", q.article(), q.direct() ? "D" : "R",
                    speaker, q.speakerText(), q.cue(), shorten(q.text())));
        }
        return out.toString();
    }

    private static String shorten(String text) {
        String one = SPACE.matcher(text).replaceAll(" ");
        return one.length() <= 70 ? one : one.substring(0, 67) + "...";
    }
}
