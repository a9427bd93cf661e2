package org.newsgraph.http.read;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.model.EntitySummary;

/**
 * One entity: its names, its place in the gazetteer (a place's), the ids merged into it, the
 * articles that name it, the events it takes part in or that happen there, and what it said.
 */
@JsonPropertyOrder({"id", "name", "type", "aliases", "article_count", "mention_count", "place", "merged", "articles",
    "events", "quotes"})
public record EntityDetail(String id, String name, String type, List<String> aliases, int articleCount, int mentionCount,
        ExportDocument.Place place, List<String> merged, List<String> articles, List<Views.EventSummary> events,
        List<Views.QuoteView> quotes) {

    public static EntityDetail of(EntitySummary e, Snapshot s) {
        String id = e.exportId();
        ExportDocument.Entity exported = s.entity(id).orElse(null);
        List<String> articles = exported == null ? List.of()
                : exported.mentions().stream().map(ExportDocument.Mention::article).distinct().toList();
        List<String> merged = s.export().entityMerges().stream().filter(m -> m.into().equals(id))
                .map(ExportDocument.Merge::merged).toList();
        List<Views.EventSummary> events = s.listedEvents().values().stream()
                .filter(l -> id.equals(l.event().location()) || l.event().participants().contains(id))
                .map(l -> Views.EventSummary.of(l, s)).toList();
        List<Views.QuoteView> quotes = s.export().quotes().stream().filter(q -> id.equals(q.speaker()))
                .map(q -> Views.QuoteView.of(q, s)).toList();
        return new EntityDetail(id, e.name(), e.type().name(), e.aliases(), e.articles(), e.mentions(),
                exported == null ? null : exported.place(), merged, articles, events, quotes);
    }
}
