package org.newsgraph.http.read;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.quotes.ListedQuote;

/** The JSON shapes more than one route gives: an entity named, an event in a listing, a quote with its speaker's name. */
public final class Views {

    private Views() {}

    /** An entity by id and name. */
    @JsonPropertyOrder({"id", "name"})
    public record Named(String id, String name) {

        public static Named of(String id, Snapshot s) {
            return id == null ? null : new Named(id, s.name(id));
        }
    }

    /**
     * An event as listings show it: its kind (main, reported, mentioned), date with its basis (and
     * why it has none), place and participants by id and name, and how many articles report it
     * from which outlets (else files).
     */
    @JsonPropertyOrder({"id", "type", "kind", "title", "date", "place", "participants", "report_count", "sources",
        "cluster"})
    public record EventSummary(String id, String type, String kind, String title, ExportDocument.EventDate date, Named place,
            List<Named> participants, int reportCount, List<String> sources, String cluster) {

        public static EventSummary of(ListedEvent listed, Snapshot s) {
            return of(listed, listed.event(), s);
        }

        /** The listed event with the names it was listed with (read by query, without a snapshot). */
        public static EventSummary of(ListedEvent listed) {
            return of(listed, listed.event());
        }

        /** The listed event with the export's event given, named by the names it was listed with. */
        public static EventSummary of(ListedEvent listed, ExportDocument.Event e) {
            List<Named> participants = new ArrayList<>();
            for (int i = 0; i < e.participants().size(); i++) {
                participants.add(new Named(e.participants().get(i), listed.participants().get(i)));
            }
            return new EventSummary(e.id(), e.type(), e.salience(), e.title(), e.date(),
                    e.location() == null ? null : new Named(e.location(), listed.place()), participants,
                    e.articles().size(), listed.sources(), e.cluster());
        }

        /** The listed event with the export's event given (the same with its date explained). */
        public static EventSummary of(ListedEvent listed, ExportDocument.Event e, Snapshot s) {
            return new EventSummary(e.id(), e.type(), e.salience(), e.title(), e.date(), Named.of(e.location(), s),
                    e.participants().stream().map(p -> Named.of(p, s)).toList(), e.articles().size(), listed.sources(),
                    e.cluster());
        }
    }

    /** A quote with its speaker's name (null without a speaker entity) and its article's title. */
    @JsonPropertyOrder({"article", "article_title", "start", "end", "text", "direct", "speaker", "speaker_name",
        "speaker_text", "cue", "event"})
    public record QuoteView(String article, String articleTitle, int start, int end, String text, boolean direct,
            String speaker, String speakerName, String speakerText, String cue, String event) {

        /** A quote as the quotes listing gives it, its speaker named by its id when the entity has gone. */
        public static QuoteView of(ListedQuote listed) {
            ExportDocument.Quote q = listed.quote();
            return new QuoteView(q.article(), listed.title(), q.start(), q.end(), q.text(), q.direct(), q.speaker(),
                    q.speaker() == null ? null : Objects.requireNonNullElse(listed.speakerName(), q.speaker()),
                    q.speakerText(), q.cue(), q.event());
        }

        public static QuoteView of(ExportDocument.Quote q, Snapshot s) {
            return new QuoteView(q.article(), s.article(q.article()).map(ExportDocument.Article::title).orElse(null),
                    q.start(), q.end(), q.text(), q.direct(), q.speaker(),
                    q.speaker() == null ? null : s.name(q.speaker()), q.speakerText(), q.cue(), q.event());
        }
    }
}
