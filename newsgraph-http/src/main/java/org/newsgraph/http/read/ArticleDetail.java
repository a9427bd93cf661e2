package org.newsgraph.http.read;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.newsgraph.app.export.ExportDocument;

/**
 * One article: the export's article (its cleaned text, the lines removed and why, its notes) and
 * its analysis: the entities it names with their mentions in it, its time expressions, quotes,
 * claims, the events it reports and its cluster.
 */
@JsonPropertyOrder({"article", "cluster", "entities", "timexes", "quotes", "claims", "events"})
public record ArticleDetail(ExportDocument.Article article, String cluster, List<Mentioned> entities,
        List<ExportDocument.Timex> timexes, List<Views.QuoteView> quotes, List<ExportDocument.Claim> claims,
        List<Views.EventSummary> events) {

    public static ArticleDetail of(ExportDocument.Article a, Snapshot s) {
        String id = a.id();
        String cluster = s.clusterOf(id).orElse(null);
        List<Mentioned> entities = s.export().entities().stream()
                .map(e -> Mentioned.of(e, id)).filter(Objects::nonNull).toList();
        return new ArticleDetail(a, cluster, entities,
                s.export().timexes().stream().filter(t -> t.article().equals(id)).toList(),
                s.export().quotes().stream().filter(q -> q.article().equals(id)).map(q -> Views.QuoteView.of(q, s)).toList(),
                s.export().claims().stream().filter(c -> c.article().equals(id)).toList(),
                s.listedEvents().values().stream().filter(l -> l.event().articles().contains(id))
                        .map(l -> Views.EventSummary.of(l, s)).toList());
    }

    /** An entity an article names, with its mentions in that article. */
    @JsonPropertyOrder({"id", "name", "type", "mentions"})
    public record Mentioned(String id, String name, String type, List<ExportDocument.Mention> mentions) {

        static Mentioned of(ExportDocument.Entity e, String article) {
            List<ExportDocument.Mention> in = e.mentions().stream().filter(m -> m.article().equals(article)).toList();
            return in.isEmpty() ? null : new Mentioned(e.id(), e.name(), e.type(), in);
        }
    }
}
