package org.newsgraph.app.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventId;
import org.newsgraph.model.EventMerge;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.story.EventMerger;
import org.newsgraph.story.StoryThreader;

/**
 * The events and stories of a store or of one export, ready to list: each event with the names of
 * its place and participants and each report's source; a story's events also with each report's
 * evidence sentence. Read from the store ({@link #of(org.newsgraph.store.ArticleStore)}), a listing
 * reads only the events it may show (by the index of events by entity when it asks for entities)
 * and the heads of their articles, and a story only its events and their articles.
 */
public final class EventCatalog {

    /** Events read at a time when a listing is limited. */
    private static final int PAGE = 1_000;
    /** Evidence is shown as one line of at most this many characters. */
    static final int EVIDENCE_CHARACTERS = 300;

    /** Where a catalog reads its events, the articles that report them and the names they give. */
    interface Source {

        /** The events that may match a query with these entities (null: any), in export order. */
        List<ExportDocument.Event> events(Set<String> entities);

        /**
         * At most {@code count} of the events the query picks (its outlet included) after the one with
         * export id {@code after} (null: from the first), the first {@code skip} of them left out, in
         * export order; those of a query without entities read by the store's indexes.
         */
        List<ExportDocument.Event> picks(EventQuery query, String after, int skip, int count);

        /** How many events the query picks. */
        int count(EventQuery query);

        /** The events with these export ids, in export order. */
        List<ExportDocument.Event> events(List<String> ids);

        /** The events from the {@code from}-th on, at most {@code count}, in export order. */
        List<ExportDocument.Event> eventsFrom(int from, int count);

        /** The stories from the {@code from}-th on, at most {@code count}, by id. */
        List<ExportDocument.Story> stories(int from, int count);

        /** How many stories there are. */
        int storyCount();

        /** The name of each of these entities (export ids). */
        Map<String, String> names(Collection<String> entities);

        /** What reports show of each of these articles (export ids); with their texts when asked. */
        Map<String, Reporter> articles(Collection<String> articles, boolean withText);

        List<ExportDocument.Story> stories();

        /** The story with this export id ({@code s3}; any case). */
        Optional<ExportDocument.Story> story(String id);

        int size();

        long analysedArticles();
    }

    /**
     * An article as a report shows it: its outlet (else its file), whether it has a publication
     * day (its own or its cluster's), and its text when it was read (else null).
     */
    record Reporter(String id, String source, String outlet, boolean dated, String text) {}

    private final Source source;

    /** The catalog of one export, all of it in memory. */
    public EventCatalog(ExportDocument export) {
        this(new ExportSource(export));
    }

    EventCatalog(Source source) {
        this.source = source;
    }

    /** The catalog of a store (a read-only view), read by query as it is asked. */
    public static EventCatalog of(org.newsgraph.store.ArticleStore store) {
        return new EventCatalog(new StoreSource(store));
    }

    /**
     * How the store's events and stories stand against its clusters, its entities and this code's
     * rules: reads answer with what is stored, and say so when it is not current.
     */
    public static CorpusEvents.State state(org.newsgraph.store.ArticleStore store) {
        return store.corpusEvents().state(EventMerger.RULES, StoryThreader.RULES);
    }

    /**
     * The standing event a retired event id leads to ({@code v2.5}: {@code v5.1}), following the
     * merges that retired it and those that retired the ids it went into, one probe each; empty
     * when the id was never retired (it stands, or was never given). Ids last (docs/export.md): a
     * user's bookmark of an event is followed here rather than answered "not found".
     */
    public static Optional<String> successor(org.newsgraph.store.ArticleStore store, String exportId) {
        CorpusEvents events = store.corpusEvents();
        Optional<CorpusEvents.Key> asked = CorpusEvents.Key.of(exportId);
        Set<EventId> seen = new HashSet<>();
        EventId id = asked.map(k -> new EventId(k.cluster(), k.number())).orElse(null);
        while (id != null && seen.add(id)) {
            Optional<EventMerge> retired = events.retirement(id);
            if (retired.isEmpty()) {
                return Optional.empty();
            }
            id = retired.get().into();
            if (!events.events(List.of(new CorpusEvents.Key(id.cluster(), id.number()))).isEmpty()) {
                return Optional.of(id.exportId());
            }
        }
        return Optional.empty();
    }

    /** The events the query picks, in export order: by cluster, each cluster's main event first. */
    public List<ListedEvent> events(EventQuery query) {
        if (query.entities() != null) {
            return picked(query, source.events(wanted(query)));
        }
        return picked(query, source.picks(query, null, 0, Integer.MAX_VALUE));
    }

    /**
     * The events the query picks from the {@code from}-th on, at most {@code count}, in export order:
     * a page of a listing, read by query (without entities, by the store's indexes).
     */
    public List<ListedEvent> events(EventQuery query, int from, int count) {
        return picked(query, source.picks(query, null, from, count));
    }

    /** How many events the query picks. */
    public int count(EventQuery query) {
        return source.count(query);
    }

    /**
     * The events from the {@code from}-th on, at most {@code count}, in export order: a page of the
     * listing of every event, read by query (the events, their articles' heads, their entities' names).
     */
    public List<ListedEvent> events(int from, int count) {
        List<ExportDocument.Event> read = source.eventsFrom(from, count);
        return listed(read, source.articles(articlesOf(read), false));
    }

    /**
     * The first {@code limit} events the query picks, in export order, and whether more follow:
     * the events are read a page at a time until that many are picked.
     */
    public Page events(EventQuery query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one event: " + limit);
        }
        List<ListedEvent> shown = new ArrayList<>();
        String after = null;
        int page = Math.max(PAGE, limit * 2);
        while (shown.size() <= limit) {
            List<ExportDocument.Event> read = source.picks(query, after, 0, page);
            List<ListedEvent> picked = picked(query, read);
            shown.addAll(picked.subList(0, Math.min(picked.size(), limit + 1 - shown.size())));
            if (read.size() < page) {
                break;
            }
            after = read.get(read.size() - 1).id();
        }
        boolean more = shown.size() > limit;
        return new Page(more ? shown.subList(0, limit) : shown, more);
    }

    /** Some of the events a query picks, and whether it picks more. */
    public record Page(List<ListedEvent> events, boolean more) {

        public Page {
            events = List.copyOf(events);
        }
    }

    /** Every event a query with places picks is set in one of them; else it names one of its entities. */
    private static Set<String> wanted(EventQuery query) {
        return query.places() != null ? query.places() : query.entities();
    }

    private List<ListedEvent> picked(EventQuery query, List<ExportDocument.Event> read) {
        List<ExportDocument.Event> candidates = read.stream().filter(query::matches).toList();
        Map<String, Reporter> articles = source.articles(articlesOf(candidates), false);
        return listed(candidates, articles).stream()
                .filter(e -> query.reportedBy(outlets(e.event(), articles))).toList();
    }

    private static Set<String> articlesOf(List<ExportDocument.Event> events) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.addAll(e.articles()));
        return ids;
    }

    /** The outlets of the articles that report an event. */
    static List<String> outlets(ExportDocument.Event e, Map<String, Reporter> articles) {
        return e.articles().stream().map(articles::get).filter(a -> a != null && a.outlet() != null)
                .map(Reporter::outlet).toList();
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
        List<ListedEvent> undated = picked.stream().filter(e -> !e.isDated() && e.event().salience().equals("main"))
                .toList();
        Map<String, Reporter> articles = source.articles(articlesOf(undated.stream().map(ListedEvent::event).toList()),
                false);
        List<Timeline.Undated> undatedMain = undated.stream()
                .map(e -> new Timeline.Undated(e, whyUndated(e.event(), articles)))
                .toList();
        return new Timeline(dated, picked.size() - dated.size(), undatedMain);
    }

    /**
     * Why an event has no place on a timeline: its date's note (what kept each report from a date),
     * else, for events analysed before notes were kept, a guess from its date and its reports'
     * publication days.
     */
    private static String whyUndated(ExportDocument.Event e, Map<String, Reporter> articles) {
        if (e.date().note() != null) {
            return e.date().note();
        }
        if (e.date().value() != null) {
            return "its text gives " + e.date().value() + ", a day without a year, and no report of it is dated";
        }
        boolean published = e.articles().stream().map(articles::get).anyMatch(a -> a != null && a.dated());
        return published
                ? "its reports are dated, but none tells it as news of its day: it is told as past or coming, "
                        + "after the lead, or timed without a day (\"this week\")"
                : "no day in its text that a calendar can place, and no publication day for any report of it";
    }

    /** Every story, by id. */
    public List<ExportDocument.Story> stories() {
        return source.stories();
    }

    /** The stories from the {@code from}-th on, at most {@code count}, by id: a page of them, read by query. */
    public List<ExportDocument.Story> stories(int from, int count) {
        return source.stories(from, count);
    }

    /** How many stories there are. */
    public int storyCount() {
        return source.storyCount();
    }

    /** The story with this export id ({@code s3}; any case), with its events and their evidence. */
    public Optional<ListedStory> story(String id) {
        return source.story(id).map(s -> {
            Map<String, ExportDocument.Event> byId = new HashMap<>();
            source.events(s.events()).forEach(e -> byId.put(e.id(), e));
            List<ExportDocument.Event> events = s.events().stream().map(byId::get).filter(Objects::nonNull).toList();
            return new ListedStory(s, listed(events, source.articles(articlesOf(events), true)));
        });
    }

    /** How many events there are in all. */
    public int size() {
        return source.size();
    }

    /** How many articles the events come from: those analysed, copies not counted. */
    public long analysedArticles() {
        return source.analysedArticles();
    }

    private List<ListedEvent> listed(List<ExportDocument.Event> events, Map<String, Reporter> articles) {
        Set<String> entities = new LinkedHashSet<>();
        events.forEach(e -> {
            if (e.location() != null) {
                entities.add(e.location());
            }
            entities.addAll(e.participants());
        });
        Map<String, String> names = source.names(entities);
        return events.stream().map(e -> listed(e, names, articles)).toList();
    }

    private static ListedEvent listed(ExportDocument.Event e, Map<String, String> names,
            Map<String, Reporter> articles) {
        List<ListedEvent.Report> reports = e.articles().stream().map(id -> {
            Reporter a = articles.get(id);
            String source = a == null ? id : a.source();
            return new ListedEvent.Report(id, source, evidence(e, a));
        }).toList();
        return new ListedEvent(e, e.location() == null ? null : names.getOrDefault(e.location(), e.location()),
                e.participants().stream().map(p -> names.getOrDefault(p, p)).toList(), reports);
    }

    private static String evidence(ExportDocument.Event e, Reporter article) {
        if (article == null || article.text() == null) {
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
