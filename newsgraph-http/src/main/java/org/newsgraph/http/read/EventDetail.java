package org.newsgraph.http.read;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.export.ExportDocument;

/** One event in full: its reports, each with the sentences that tell the event, its quotes and claims. */
@JsonPropertyOrder({"id", "type", "cameo", "kind", "title", "date", "place", "participants", "cluster", "stories",
    "reports", "quotes", "claims"})
public record EventDetail(String id, String type, String cameo, String kind, String title, ExportDocument.EventDate date,
        Views.Named place, List<Views.Named> participants, String cluster, List<String> stories,
        List<Report> reports, List<Views.QuoteView> quotes, List<ExportDocument.Claim> claims) {

    public static EventDetail of(ListedEvent listed, Snapshot s) {
        ExportDocument.Event e = listed.event();
        List<String> stories = s.export().stories().stream().filter(t -> t.events().contains(e.id()))
                .map(ExportDocument.Story::id).toList();
        List<Views.QuoteView> quotes = s.export().quotes().stream().filter(q -> e.id().equals(q.event()))
                .map(q -> Views.QuoteView.of(q, s)).toList();
        List<ExportDocument.Claim> claims = s.export().claims().stream().filter(c -> claimOf(e, c)).toList();
        return new EventDetail(e.id(), e.type(), e.cameo(), e.salience(), e.title(), e.date(),
                Views.Named.of(e.location(), s), e.participants().stream().map(p -> Views.Named.of(p, s)).toList(),
                e.cluster(), stories, e.articles().stream().map(a -> Report.of(e, a, s)).toList(), quotes, claims);
    }

    /** A main event's claims are its reports'; another event's, those its evidence sentences state. */
    private static boolean claimOf(ExportDocument.Event e, ExportDocument.Claim c) {
        if (!e.articles().contains(c.article())) {
            return false;
        }
        return e.salience().equals("main") || e.evidence().stream()
                .anyMatch(v -> v.article().equals(c.article()) && v.start() <= c.start() && c.end() <= v.end());
    }

    /** An article that reports an event, with the sentences in it that tell the event (none for a copy). */
    @JsonPropertyOrder({"article", "title", "file", "outlet", "published", "status", "evidence"})
    public record Report(String article, String title, String file, String outlet, ExportDocument.Published published,
            String status, List<Sentence> evidence) {

        public static Report of(ExportDocument.Event e, String articleId, Snapshot s) {
            ExportDocument.Article a = s.article(articleId).orElse(null);
            if (a == null) {
                return new Report(articleId, null, null, null, null, null, List.of());
            }
            List<Sentence> evidence = e.evidence().stream().filter(v -> v.article().equals(articleId))
                    .filter(v -> a.text() != null && v.start() >= 0 && v.end() <= a.text().length() && v.start() <= v.end())
                    .map(v -> new Sentence(v.start(), v.end(), a.text().substring(v.start(), v.end()))).toList();
            return new Report(a.id(), a.title(), a.file(), a.outlet(), a.published(), a.status(), evidence);
        }
    }

    /** A sentence of an article's text: its offsets (UTF-16 units, end exclusive) and its words. */
    @JsonPropertyOrder({"start", "end", "text"})
    public record Sentence(int start, int end, String text) {}
}
