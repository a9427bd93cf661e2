package org.newsgraph.annotate;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.pipeline.Facet;

/**
 * The port to a natural-language toolkit. Implementations are loaded once per process and must
 * be safe to call from several threads.
 */
public interface NlpAnnotator {

    /**
     * Annotates one text. Relative time expressions are resolved against {@code documentDate}
     * when it is present, and left unresolved (or relative to nothing) when it is not.
     */
    NlpDocument annotate(String text, Optional<LocalDate> documentDate);

    /** The languages (ISO 639-1) whose texts this annotator's models can read. */
    Set<String> languages();

    /** The facets a document gains from this annotator. */
    Set<Facet> provides();
}
