package org.newsgraph.app.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.app.export.ExportDocument;

/** The events of one export, held in memory: every article comes with its text. */
final class ExportSource implements EventCatalog.Source {

    private final ExportDocument export;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, EventCatalog.Reporter> articles = new HashMap<>();

    ExportSource(ExportDocument export) {
        this.export = export;
        export.entities().forEach(e -> names.put(e.id(), e.name()));
        export.articles().forEach(a -> articles.put(a.id(), new EventCatalog.Reporter(a.id(),
                a.outlet() != null ? a.outlet() : a.file(), a.outlet(),
                a.published() != null && a.published().date() != null, a.text())));
    }

    @Override
    public List<ExportDocument.Event> events(Set<String> entities) {
        return export.events();
    }

    /** The events after the one with id {@code after} (all when null), at most {@code count}. */
    static List<ExportDocument.Event> page(List<ExportDocument.Event> events, String after, int count) {
        int from = 0;
        if (after != null) {
            while (from < events.size() && !events.get(from).id().equals(after)) {
                from++;
            }
            from++;
        }
        return events.subList(Math.min(from, events.size()), Math.min(events.size(), from + count));
    }

    @Override
    public List<ExportDocument.Event> picks(EventQuery query, String after, int skip, int count) {
        List<ExportDocument.Event> picked = picked(query);
        return page(picked, after, Integer.MAX_VALUE).stream().skip(skip).limit(count).toList();
    }

    @Override
    public int count(EventQuery query) {
        return picked(query).size();
    }

    private List<ExportDocument.Event> picked(EventQuery query) {
        return export.events().stream().filter(query::matches)
                .filter(e -> query.reportedBy(EventCatalog.outlets(e, articles))).toList();
    }

    @Override
    public List<ExportDocument.Event> events(List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return export.events().stream().filter(e -> wanted.contains(e.id())).toList();
    }

    @Override
    public Map<String, String> names(Collection<String> entities) {
        return names;
    }

    @Override
    public Map<String, EventCatalog.Reporter> articles(Collection<String> ids, boolean withText) {
        return articles;
    }

    @Override
    public List<ExportDocument.Story> stories() {
        return export.stories();
    }

    @Override
    public Optional<ExportDocument.Story> story(String id) {
        return export.stories().stream().filter(s -> s.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    @Override
    public List<ExportDocument.Event> eventsFrom(int from, int count) {
        List<ExportDocument.Event> all = export.events();
        return all.subList(Math.min(from, all.size()), Math.min(all.size(), from + count));
    }

    @Override
    public List<ExportDocument.Story> stories(int from, int count) {
        List<ExportDocument.Story> all = export.stories();
        return all.subList(Math.min(from, all.size()), Math.min(all.size(), from + count));
    }

    @Override
    public int storyCount() {
        return export.stories().size();
    }

    @Override
    public int size() {
        return export.events().size();
    }

    @Override
    public long analysedArticles() {
        return export.articles().stream().filter(a -> a.status().equals("ok")).count();
    }
}
