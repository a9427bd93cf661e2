package org.newsgraph.app.events;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.model.DatePeriod;

/**
 * The events and stories of one export, ready to list: each event with the names of its place and
 * participants and each report's source and evidence sentence.
 */
public final class EventCatalog {

    /** Evidence is shown as one line of at most this many characters. */
    static final int EVIDENCE_CHARACTERS = 300;

    private final ExportDocument export;
    private final Map<String, ListedEvent> events = new LinkedHashMap<>();
    private final Map<String, ExportDocument.Article> articles = new HashMap<>();

    public EventCatalog(ExportDocument export) {
        this.export = export;
        Map<String, String> names = new HashMap<>();
        export.entities().forEach(e -> names.put(e.id(), e.name()));
        export.articles().forEach(a -> articles.put(a.id(), a));
        export.events().forEach(e -> events.put(e.id(), listed(e, names, articles)));
    }

    /** The events the query picks, in export order: by cluster, each cluster's main event first. */
    public List<ListedEvent> events(EventQuery query) {
        return events.values().stream().filter(e -> query.matches(e.event()) && query.reportedBy(outlets(e.event())))
                .toList();
    }

    /** The outlets of the articles that report an event. */
    private List<String> outlets(ExportDocument.Event e) {
        return e.articles().stream().map(articles::get).filter(a -> a != null && a.outlet() != null)
                .map(ExportDocument.Article::outlet).toList();
    }

    /**
     * The events the query picks on a timeline: the dated in date order, the undated counted, and
     * the undated main events each with why it has no date.
     */
    public Timeline timeline(EventQuery query) {
        List<ListedEvent> picked = events(query);
        List<ListedEvent> dated = picked.stream().filter(ListedEvent::isDated)
                .sorted(Comparator.comparing(e -> DatePeriod.of(e.event().date().value()).orElseThrow()))
                .toList();
        List<Timeline.Undated> undatedMain = picked.stream()
                .filter(e -> !e.isDated() && e.event().salience().equals("main"))
                .map(e -> new Timeline.Undated(e, whyUndated(e.event())))
                .toList();
        return new Timeline(dated, picked.size() - dated.size(), undatedMain);
    }

    /**
     * Why an event has no place on a timeline: its date's note (what kept each report from a date),
     * else, for events analysed before notes were kept, a guess from its date and its reports'
     * publication days.
     */
    private String whyUndated(ExportDocument.Event e) {
        if (e.date().note() != null) {
            return e.date().note();
        }
        if (e.date().value() != null) {
            return "its text gives " + e.date().value() + ", a day without a year, and no report of it is dated";
        }
        boolean published = e.articles().stream().map(articles::get)
                .anyMatch(a -> a != null && a.published() != null && a.published().date() != null);
        return published
                ? "its reports are dated, but none tells it as news of its day: it is told as past or coming, "
                        + "after the lead, or timed without a day (\"this week\")"
                : "no day in its text that a calendar can place, and no publication day for any report of it";
    }

    /** Every story, by id. */
    public List<ExportDocument.Story> stories() {
        return export.stories();
    }

    /** The story with this export id ({@code s3}; any case), with its events. */
    public Optional<ListedStory> story(String id) {
        return export.stories().stream().filter(s -> s.id().equalsIgnoreCase(id.strip())).findFirst()
                .map(s -> new ListedStory(s, s.events().stream().map(events::get).filter(Objects::nonNull).toList()));
    }

    /** How many events there are in all. */
    public int size() {
        return events.size();
    }

    /** How many articles the events come from: those analysed, copies not counted. */
    public long analysedArticles() {
        return export.articles().stream().filter(a -> a.status().equals("ok")).count();
    }

    private static ListedEvent listed(ExportDocument.Event e, Map<String, String> names,
            Map<String, ExportDocument.Article> articles) {
        List<ListedEvent.Report> reports = e.articles().stream().map(id -> {
            ExportDocument.Article a = articles.get(id);
            String source = a == null ? id : a.outlet() != null ? a.outlet() : a.file();
            return new ListedEvent.Report(id, source, evidence(e, a));
        }).toList();
        return new ListedEvent(e, e.location() == null ? null : names.getOrDefault(e.location(), e.location()),
                e.participants().stream().map(p -> names.getOrDefault(p, p)).toList(), reports);
    }

    private static String evidence(ExportDocument.Event e, ExportDocument.Article article) {
        if (article == null) {
            return null;
        }
        return e.evidence().stream().filter(v -> v.article().equals(article.id()))
                .filter(v -> v.end() <= article.text().length()).findFirst()
                .map(v -> oneLine(article.text().substring(v.start(), v.end()))).orElse(null);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= EVIDENCE_CHARACTERS ? line : line.substring(0, EVIDENCE_CHARACTERS - 1) + "…";
    }
}
