package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Event;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.Quote;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Removed;

/**
 * One article on its way through the pipeline: an immutable value that each stage replaces by a
 * richer one. {@code facets} says which parts have been filled; {@code dateline} is null when
 * the text opens with none (or nothing has looked for one yet). {@code headline} is the title
 * annotated as a text of its own (its offsets are into the title), empty when there is none.
 */
public record Document(
        ArticleSource source,
        String text,
        List<Removed> removed,
        Dateline dateline,
        NlpDocument nlp,
        NlpDocument headline,
        List<LocalEntity> entities,
        List<Quote> quotes,
        List<Claim> claims,
        List<Event> events,
        Set<Facet> facets,
        List<String> notes) {

    public Document {
        Objects.requireNonNull(source, "source");
        text = text == null ? "" : text;
        removed = List.copyOf(removed);
        nlp = nlp == null ? NlpDocument.EMPTY : nlp;
        headline = headline == null ? NlpDocument.EMPTY : headline;
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        facets = Set.copyOf(facets);
        notes = List.copyOf(notes);
    }

    /** A document holding only its source. */
    public static Document of(ArticleSource source) {
        return new Document(source, "", List.of(), null, NlpDocument.EMPTY, NlpDocument.EMPTY, List.of(), List.of(), List.of(), List.of(), EnumSet.of(Facet.SOURCE),
                List.of());
    }

    public boolean has(Facet facet) {
        return facets.contains(facet);
    }

    public Document withSource(ArticleSource newSource) {
        return new Document(newSource, text, removed, dateline, nlp, headline, entities, quotes, claims, events, facets, notes);
    }

    public Document withText(String newText, List<Removed> newRemoved, Facet provided) {
        return new Document(source, newText, newRemoved, dateline, nlp, headline, entities, quotes, claims, events, plus(Set.of(provided)), notes);
    }

    /** Records the article's language in its source, as every later reader expects it there. */
    public Document withLanguage(String language) {
        ArticleSource s = source;
        return new Document(s.withMetadata(s.url(), s.published(), language), text, removed, dateline, nlp, headline, entities, quotes, claims, events,
                plus(Set.of(Facet.LANGUAGE)), notes);
    }

    /** Records the article's publication date in its source, where every later reader expects it. */
    public Document withPublished(PublicationDate published) {
        ArticleSource s = source;
        return new Document(s.withMetadata(s.url(), published, s.language()), text, removed, dateline, nlp, headline, entities, quotes, claims, events,
                plus(Set.of(Facet.PUBLICATION_DATE)), notes);
    }

    /** Records the wire dateline the text opens with, or null for none. */
    public Document withDateline(Dateline newDateline) {
        return new Document(source, text, removed, newDateline, nlp, headline, entities, quotes, claims, events, plus(Set.of(Facet.DATELINE)), notes);
    }

    public Document withNlp(NlpDocument newNlp, Set<Facet> provided) {
        return new Document(source, text, removed, dateline, newNlp, headline, entities, quotes, claims, events, plus(provided), notes);
    }

    /** Records what the annotator found in the title, annotated as a text of its own. */
    public Document withHeadline(NlpDocument newHeadline) {
        return new Document(source, text, removed, dateline, nlp, newHeadline, entities, quotes, claims, events, plus(Set.of(Facet.HEADLINE)), notes);
    }

    public Document withEntities(List<LocalEntity> newEntities) {
        return withEntities(newEntities, Facet.ENTITIES);
    }

    /** Replaces the entities by a refined list, such as one with places typed and located. */
    public Document withEntities(List<LocalEntity> newEntities, Facet provided) {
        return new Document(source, text, removed, dateline, nlp, headline, newEntities, quotes, claims, events, plus(EnumSet.of(Facet.ENTITIES, provided)), notes);
    }

    /** Replaces the quotes by those a quote stage found. */
    public Document withQuotes(List<Quote> newQuotes, Facet provided) {
        return new Document(source, text, removed, dateline, nlp, headline, entities, newQuotes, claims, events, plus(Set.of(provided)), notes);
    }

    /** Records the quantities the article states, with who states them. */
    public Document withClaims(List<Claim> newClaims) {
        return new Document(source, text, removed, dateline, nlp, headline, entities, quotes, newClaims, events, plus(Set.of(Facet.CLAIMS)), notes);
    }

    /** Records the events the article tells, its main event first. */
    public Document withEvents(List<Event> newEvents) {
        return new Document(source, text, removed, dateline, nlp, headline, entities, quotes, claims, newEvents, plus(Set.of(Facet.EVENTS)), notes);
    }

    /** Adds a note on how this article was analysed, for the reader of the export. */
    public Document withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Document(source, text, removed, dateline, nlp, headline, entities, quotes, claims, events, facets, more);
    }

    private Set<Facet> plus(Set<Facet> more) {
        EnumSet<Facet> all = EnumSet.of(Facet.SOURCE);
        all.addAll(facets);
        all.addAll(more);
        return all;
    }
}
