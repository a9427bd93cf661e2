package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.LocalEntity;

/**
 * The events of the analysed seed articles scored against the seed gold, once the analysis is
 * done (the gold is read only here). A gold event is matched, in each article that tells it, by
 * the event of that article that fits it best: a type the gold accepts, the gold place as its
 * location (an entity whose name or alias is one of the place's names), the gold participants
 * among its participants, and its date when the text gives the gold date (or, {@code datesGiven},
 * when the article's publication date was given as metadata). Also: whether each article's main
 * event is the gold event it tells, whether a wire dateline's city is any event's location, and
 * which of the gold mentioned events are found among the other events.
 */
public record SeedEventScore(List<Line> lines, List<MentionedLine> mentioned, List<String> datelinePlaces,
        Map<String, AnalyzedArticle> articles, boolean datesGiven) {

    /**
     * One gold event in one article: the best event found (null when the article has none), what
     * of it is right; {@code date} is null when the date is not checked.
     */
    public record Line(SeedEventGold.Event gold, String article, Event found, boolean type, boolean place,
            int participants, int participantsTotal, Boolean date, String dateNote) {

        public boolean whole() {
            return found != null && type && place && participants == participantsTotal && !Boolean.FALSE.equals(date);
        }
    }

    /** One gold mentioned event in one article and the event taken for it, null when none. */
    public record MentionedLine(SeedEventGold.Mentioned gold, String article, Event found) {

        public boolean markedMentioned() {
            return found != null && found.salience() == EventSalience.MENTIONED;
        }
    }

    private static final List<String> CONSULTATIONS = List.of("meeting", "summit", "visit", "talks");

    /** Scores the articles (by file name) against the gold. */
    public static SeedEventScore of(Map<String, AnalyzedArticle> articles, SeedEventGold gold, boolean datesGiven) {
        List<Line> lines = new ArrayList<>();
        for (SeedEventGold.Event g : gold.events()) {
            for (String file : g.articles()) {
                AnalyzedArticle a = articles.get(file);
                lines.add(best(g, file, a == null ? List.of() : a.events(), a, gold, datesGiven));
            }
        }
        List<MentionedLine> mentioned = new ArrayList<>();
        for (SeedEventGold.Mentioned m : gold.mentioned()) {
            for (String file : m.articles()) {
                AnalyzedArticle a = articles.get(file);
                mentioned.add(new MentionedLine(m, file, a == null ? null : mentionedMatch(m, a)));
            }
        }
        List<String> placed = new ArrayList<>();
        gold.datelines().forEach((file, city) -> {
            AnalyzedArticle a = articles.get(file);
            for (Event e : a == null ? List.<Event>of() : a.events()) {
                if (e.hasLocation() && names(a.entities().get(e.location())).contains(city.toLowerCase(Locale.ROOT))) {
                    placed.add(file + ": " + e.title() + " is placed in the dateline's " + city);
                }
            }
        });
        return new SeedEventScore(lines, mentioned, placed, Map.copyOf(articles), datesGiven);
    }

    private static Line best(SeedEventGold.Event g, String file, List<Event> events, AnalyzedArticle a,
            SeedEventGold gold, boolean datesGiven) {
        boolean dateChecked = g.dateFrom().equals("text") || datesGiven;
        Line best = new Line(g, file, null, false, false, 0, g.participants().size(), dateChecked ? false : null, "");
        int bestScore = -1;
        for (Event e : events) {
            boolean type = g.types().contains(e.type());
            boolean place = e.hasLocation() && gold.namesOf(g.where()).stream()
                    .anyMatch(names(a.entities().get(e.location()))::contains);
            int found = 0;
            for (String p : g.participants()) {
                List<String> wanted = gold.namesOf(p);
                found += e.participants().stream().anyMatch(i -> names(a.entities().get(i)).stream().anyMatch(wanted::contains)) ? 1 : 0;
            }
            Boolean date = dateChecked ? g.date().equals(e.date().value()) : null;
            String note = e.date().isKnown() && !g.date().equals(e.date().value()) && sameDay(e.date().value(), g.date())
                    ? "the day, its year open" : "";
            int score = (type ? 8 : 0) + (place ? 4 : 0) + found + (Boolean.TRUE.equals(date) ? 2 : 0);
            if (score > bestScore) {
                best = new Line(g, file, e, type, place, found, g.participants().size(), date, note);
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * A non-main event of a type the summary names (a consultation, CAMEO 04, for any of "meeting",
     * "summit", "visit", "talks"), whose date or place agrees with the gold when it has either: a
     * date the gold's holds, or a place a word of whose name the summary holds.
     */
    private static Event mentionedMatch(SeedEventGold.Mentioned m, AnalyzedArticle a) {
        String summary = m.summary().toLowerCase(Locale.ROOT);
        return a.events().stream()
                .filter(e -> e.salience() != EventSalience.MAIN && namesType(summary, e))
                .filter(e -> {
                    boolean dated = e.date().isKnown() && m.when().stream().anyMatch(w -> compatible(e.date().value(), w));
                    boolean placed = e.hasLocation() && names(a.entities().get(e.location())).stream()
                            .flatMap(n -> List.of(n.split("\\s+")).stream()).anyMatch(w -> w.length() >= 4 && summary.contains(w));
                    return dated || placed || (!e.date().isKnown() && !e.hasLocation());
                })
                .min(Comparator.comparingInt((Event e) -> e.salience() == EventSalience.MENTIONED ? 0 : 1)
                        .thenComparingInt(e -> e.date().isKnown() || e.hasLocation() ? 0 : 1))
                .orElse(null);
    }

    private static boolean namesType(String summary, Event e) {
        return summary.contains(e.type())
                || "04".equals(e.cameo()) && CONSULTATIONS.stream().anyMatch(summary::contains);
    }

    /** An entity's name, aliases and gazetteer name, lower case. */
    static Set<String> names(LocalEntity e) {
        Set<String> names = new TreeSet<>();
        names.add(e.name().toLowerCase(Locale.ROOT));
        e.aliases().forEach(x -> names.add(x.toLowerCase(Locale.ROOT)));
        if (e.place() != null) {
            names.add(e.place().name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** Two TimeML values that can name the same time: one holds the other, an open year matching any. */
    static boolean compatible(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i]) && !(i == 0 && (x[i].equals("XXXX") || y[i].equals("XXXX")))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameDay(String value, String gold) {
        return value.startsWith("XXXX-") && value.length() == 10 && gold.length() == 10 && value.substring(4).equals(gold.substring(4));
    }

    /** Gold events matched whole (type, place, participants and, where checked, date), over article and event. */
    public long whole() {
        return lines.stream().filter(Line::whole).count();
    }

    public Line line(String goldId, String article) {
        return lines.stream().filter(l -> l.gold().id().equals(goldId) && l.article().equals(article)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no gold line " + goldId + " in " + article));
    }

    /** Whether the article's main event is the one matched whole to the gold event. */
    public boolean mainIs(String article, String goldId) {
        Line l = line(goldId, article);
        return l.whole() && l.found().salience() == EventSalience.MAIN;
    }

    public long mentionedFound() {
        return mentioned.stream().filter(m -> m.found() != null).count();
    }

    public long mentionedMarked() {
        return mentioned.stream().filter(MentionedLine::markedMentioned).count();
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d of %d gold events matched whole (type, place, participants%s)%n",
                datesGiven ? "publication dates given" : "text alone", whole(), lines.size(),
                datesGiven ? ", date" : ", date where the text gives it"));
        for (Line l : lines) {
            Event e = l.found();
            out.append(String.format(Locale.ROOT, "  %s %s %-27s %s type %s place %s participants %d/%d date %s %s%n",
                    l.whole() ? "ok   " : "MISS ", l.gold().id(), l.article(), e == null ? "-" : e.salience().label(),
                    mark(l.type()), mark(l.place()), l.participants(), l.participantsTotal(),
                    l.date() == null ? "n/a" : mark(l.date()) + " " + (e == null ? "" : e.date().value()), l.dateNote()));
        }
        out.append(String.format(Locale.ROOT, "mentioned events: %d of %d found, %d marked mentioned%n",
                mentionedFound(), mentioned.size(), mentionedMarked()));
        for (MentionedLine m : mentioned) {
            out.append(String.format(Locale.ROOT, "  %s %-27s %-60s -> %s%n", m.markedMentioned() ? "ok   " : m.found() == null ? "MISS " : "found",
                    m.article(), shorten(m.gold().summary(), 60),
                    m.found() == null ? "-" : m.found().salience().label() + " " + m.found().title() + " " + m.found().date().value()));
        }
        out.append(datelinePlaces.isEmpty() ? "no event is placed in a wire dateline's city\n"
                : "PLACED IN A DATELINE: " + datelinePlaces + "\n");
        out.append(events());
        return out.toString();
    }

    /** Every event of every article, for reading what the finder did beside the gold. */
    private String events() {
        StringBuilder out = new StringBuilder("events:\n");
        for (Map.Entry<String, AnalyzedArticle> a : new java.util.TreeMap<>(articles).entrySet()) {
            out.append("  ").append(a.getKey()).append('\n');
            List<LocalEntity> entities = a.getValue().entities();
            for (Event e : a.getValue().events()) {
                out.append(String.format(Locale.ROOT, "    %-9s %-16s %-42s at %-10s on %-10s (%s %.2f) with %s; trigger '%s', %d sentences%n",
                        e.salience().label(), e.type(), e.title(), e.hasLocation() ? entities.get(e.location()).name() : "-",
                        e.date().value(), e.date().basis().label(), e.date().confidence(),
                        e.participants().stream().map(i -> entities.get(i).name()).toList(),
                        e.trigger().of(a.getValue().text()), e.evidence().size()));
            }
        }
        return out.toString();
    }

    private static String mark(boolean ok) {
        return ok ? "ok" : "NO";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    /** The articles of a run by file name. */
    public static Map<String, AnalyzedArticle> byFile(List<AnalyzedArticle> articles) {
        Map<String, AnalyzedArticle> byFile = new LinkedHashMap<>();
        articles.forEach(a -> byFile.put(a.source().file(), a));
        return byFile;
    }
}
