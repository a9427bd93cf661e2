package org.newsgraph.eval.entities;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Stands in for the text half of the recipe and the recogniser: an article's body is its clean
 * text, and its names are the ones a corpus gives for it (by source key), so that the product's
 * later stages run on annotated names instead of recognised ones.
 */
final class AnnotatedNames implements Stage {

    private final Map<String, List<NameMention>> bySourceKey;

    AnnotatedNames(Map<String, List<NameMention>> bySourceKey) {
        this.bySourceKey = Map.copyOf(bySourceKey);
    }

    @Override
    public Set<Facet> requires() {
        return Set.of();
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.CLEAN_TEXT, Facet.NER);
    }

    @Override
    public Document apply(Document document) {
        List<NameMention> names = bySourceKey.get(document.source().sourceKey());
        if (names == null) {
            throw new IllegalArgumentException("no names given for " + document.source().sourceKey());
        }
        return document.withText(document.source().body(), List.of(), Facet.CLEAN_TEXT)
                .withNlp(new NlpDocument(List.of(), names, List.of()), Set.of(Facet.NER));
    }
}
