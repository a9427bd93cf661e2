package org.newsgraph.annotate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Runs the NLP annotator over the cleaned text, anchored on the publication date, and over the
 * title as a text of its own (a headline names people its text may not). An article
 * in a language the models cannot read is kept, with a note saying so, and not annotated.
 */
public final class NlpStage implements Stage {

    /**
     * The most of a title annotated: a headline is a line of a few dozen words, and a hostile or
     * broken title of megabytes must not cost what a text does (its offsets stay those of the title).
     */
    static final int HEADLINE_CHARS = 1_000;

    private final NlpAnnotator annotator;

    public NlpStage(NlpAnnotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.CLEAN_TEXT, Facet.LANGUAGE);
    }

    @Override
    public Set<Facet> provides() {
        Set<Facet> provided = EnumSet.of(Facet.HEADLINE);
        provided.addAll(annotator.provides());
        return provided;
    }

    @Override
    public Document apply(Document document) {
        String language = document.source().language();
        if (language != null && !annotator.languages().contains(language)) {
            return document.withNlp(NlpDocument.EMPTY, annotator.provides()).withHeadline(NlpDocument.EMPTY)
                    .withNote("not analysed: the NLP models read " + String.join(", ", annotator.languages().stream()
                            .sorted().toList()) + ", and this article is in '" + language + "'");
        }
        Optional<LocalDate> anchor = document.source().published().wholeDay();
        NlpDocument text = annotator.annotate(document.text(), anchor);
        String title = document.source().title();
        NlpDocument headline = title == null || title.isBlank() ? NlpDocument.EMPTY
                : annotator.annotate(title.length() > HEADLINE_CHARS ? title.substring(0, HEADLINE_CHARS) : title, anchor);
        return document.withNlp(text, annotator.provides()).withHeadline(headline);
    }
}
