package org.newsgraph.story;

import java.util.List;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.StoredArticle;

/** Hand-built articles and events; entities are referred to by index only, as events do. */
final class Fixtures {

    private Fixtures() {}

    static StoredArticle article(long id, String published, Event... events) {
        return article(null, id, published, events);
    }

    /** An article of this outlet (null: unknown). */
    static StoredArticle article(String outlet, long id, String published, Event... events) {
        PublicationDate p = published == null ? PublicationDate.none() : new PublicationDate(published, Basis.METADATA, 1.0);
        ArticleSource source = new ArticleSource(id + ".txt", id + ".txt", SourceFormat.TEXT, "t" + id, "", null, outlet,
                outlet == null ? Basis.NONE : Basis.METADATA, p, "en");
        return new StoredArticle(id, new AnalyzedArticle(source, "h" + id, ArticleStatus.OK, null, null,
                "x".repeat(200), List.of(), List.of(), List.of(), 40, List.of(), List.of(), List.of(), List.of(events)));
    }

    static StoredArticle copy(long id, long of) {
        ArticleSource source = new ArticleSource(id + ".txt", id + ".txt", SourceFormat.TEXT, "t" + id, "", null, null,
                Basis.NONE, PublicationDate.none(), "en");
        return new StoredArticle(id, AnalyzedArticle.duplicate(source, "h" + of, of));
    }

    static Event main(String type, String title, List<Integer> participants, int location, EventDate date, Span... evidence) {
        return event(EventSalience.MAIN, type, title, participants, location, date, evidence);
    }

    static Event event(EventSalience salience, String type, String title, List<Integer> participants, int location,
            EventDate date, Span... evidence) {
        List<Span> sentences = evidence.length == 0 ? List.of(new Span(0, 10)) : List.of(evidence);
        return new Event(type, null, salience, title, sentences.get(0), sentences, participants, location, date);
    }

    static EventDate text(String value, double confidence) {
        return new EventDate(value, Basis.TEXT, confidence);
    }
}
