package org.newsgraph.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.Removed;

/**
 * One article on its way through the pipeline: an immutable value that each stage replaces by a
 * richer one. {@code facets} says which parts have been filled.
 */
public record Document(
        ArticleSource source,
        String text,
        List<Removed> removed,
        NlpDocument nlp,
        List<LocalEntity> entities,
        Set<Facet> facets) {

    private static final NlpDocument NO_NLP = new NlpDocument(List.of(), List.of(), List.of());

    public Document {
        Objects.requireNonNull(source, "source");
        text = text == null ? "" : text;
        removed = List.copyOf(removed);
        nlp = nlp == null ? NO_NLP : nlp;
        entities = List.copyOf(entities);
        facets = Set.copyOf(facets);
    }

    /** A document holding only its source. */
    public static Document of(ArticleSource source) {
        return new Document(source, "", List.of(), NO_NLP, List.of(), EnumSet.of(Facet.SOURCE));
    }

    public boolean has(Facet facet) {
        return facets.contains(facet);
    }

    public Document withSource(ArticleSource newSource) {
        return new Document(newSource, text, removed, nlp, entities, facets);
    }

    public Document withText(String newText, List<Removed> newRemoved, Facet provided) {
        return new Document(source, newText, newRemoved, nlp, entities, plus(Set.of(provided)));
    }

    public Document withNlp(NlpDocument newNlp, Set<Facet> provided) {
        return new Document(source, text, removed, newNlp, entities, plus(provided));
    }

    public Document withEntities(List<LocalEntity> newEntities) {
        return new Document(source, text, removed, nlp, newEntities, plus(Set.of(Facet.ENTITIES)));
    }

    private Set<Facet> plus(Set<Facet> more) {
        EnumSet<Facet> all = EnumSet.of(Facet.SOURCE);
        all.addAll(facets);
        all.addAll(more);
        return all;
    }
}
