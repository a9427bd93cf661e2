package org.newsgraph.app.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.search.HitKind;
import org.newsgraph.search.SearchDocument;

/**
 * What the search index holds, made from the export so that every hit has the export's id: each
 * analysed article (and copy), its quotes and claims, each corpus entity, each corpus event. Every
 * document carries the names and aliases of the entities it names, so a query for one spelling
 * finds the others.
 */
public final class SearchDocuments {

    /** What and how documents are made; a change makes every index stale. */
    public static final int VERSION = 1;
    /** The evidence sentences an event's document takes, the first of its reports. */
    public static final int EVIDENCE_SENTENCES = 3;

    public List<SearchDocument> of(ExportDocument export) {
        Map<String, ExportDocument.Entity> entities = new HashMap<>();
        Map<String, Set<String>> entitiesOf = new HashMap<>();
        for (ExportDocument.Entity e : export.entities()) {
            entities.put(e.id(), e);
            e.mentions().forEach(m -> entitiesOf.computeIfAbsent(m.article(), a -> new LinkedHashSet<>()).add(e.id()));
        }
        Map<String, ExportDocument.Article> articles = new HashMap<>();
        List<SearchDocument> documents = new ArrayList<>();
        for (ExportDocument.Article a : export.articles()) {
            if (a.status().equals("ok") || a.status().equals("duplicate")) {
                articles.put(a.id(), a);
                List<String> named = List.copyOf(entitiesOf.getOrDefault(a.id(), Set.of()));
                documents.add(new SearchDocument(HitKind.ARTICLE, a.id(), a.id(), a.title(), a.text(), a.outlet(),
                        a.published().date(), a.language(), null, named, names(named, entities)));
            }
        }
        for (ExportDocument.Quote q : export.quotes()) {
            ExportDocument.Article a = articles.get(q.article());
            if (a != null) {
                List<String> speaker = q.speaker() == null ? List.of() : List.of(q.speaker());
                String who = q.speaker() != null && entities.containsKey(q.speaker()) ? entities.get(q.speaker()).name()
                        : q.speakerText();
                documents.add(within(HitKind.QUOTE, a, q.start(), q.end(), who, q.text(), null, speaker, entities));
            }
        }
        for (ExportDocument.Claim c : export.claims()) {
            ExportDocument.Article a = articles.get(c.article());
            if (a != null) {
                List<String> claimant = c.claimant() == null ? List.of() : List.of(c.claimant());
                documents.add(within(HitKind.CLAIM, a, c.start(), c.end(), c.subject(), c.text(), c.unit(), claimant,
                        entities));
            }
        }
        for (ExportDocument.Entity e : export.entities()) {
            String aliases = e.aliases().isEmpty() ? e.name() : e.name() + ": " + String.join(", ", e.aliases());
            documents.add(new SearchDocument(HitKind.ENTITY, e.id(), null, e.name(), aliases, null, null, null, e.type(),
                    List.of(e.id()), names(List.of(e.id()), entities)));
        }
        for (ExportDocument.Event v : export.events()) {
            documents.add(event(v, articles, entities));
        }
        return documents;
    }

    /** A quote or claim: a span of an article, under the article's id and the span's offsets. */
    private static SearchDocument within(HitKind kind, ExportDocument.Article a, int start, int end, String title,
            String text, String type, List<String> named, Map<String, ExportDocument.Entity> entities) {
        return new SearchDocument(kind, a.id() + ":" + start + "-" + end, a.id(), title, text, a.outlet(),
                a.published().date(), a.language(), type, named, names(named, entities));
    }

    private static SearchDocument event(ExportDocument.Event v, Map<String, ExportDocument.Article> articles,
            Map<String, ExportDocument.Entity> entities) {
        List<String> named = Stream.concat(Stream.ofNullable(v.location()), v.participants().stream()).distinct().toList();
        String evidence = v.evidence().stream().limit(EVIDENCE_SENTENCES).map(s -> sentence(s, articles))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        String text = evidence.isEmpty() ? v.title() : evidence;
        return new SearchDocument(HitKind.EVENT, v.id(), null, v.title(), text, null,
                v.date() == null ? null : v.date().value(), null, v.type(), named, names(named, entities));
    }

    private static String sentence(ExportDocument.Evidence e, Map<String, ExportDocument.Article> articles) {
        ExportDocument.Article a = articles.get(e.article());
        if (a == null || a.text() == null || e.start() < 0 || e.end() > a.text().length() || e.start() >= e.end()) {
            return null;
        }
        return a.text().substring(e.start(), e.end());
    }

    private static List<String> names(List<String> ids, Map<String, ExportDocument.Entity> entities) {
        Set<String> names = new LinkedHashSet<>();
        for (String id : ids) {
            ExportDocument.Entity e = entities.get(id);
            if (e != null) {
                names.add(e.name());
                names.addAll(e.aliases());
            }
        }
        return List.copyOf(names);
    }
}
