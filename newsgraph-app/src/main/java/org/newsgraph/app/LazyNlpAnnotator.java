package org.newsgraph.app;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.pipeline.Facet;

/**
 * Loads the real annotator on first use only: a run whose articles are all stored already
 * never pays the seconds that loading the models costs.
 */
final class LazyNlpAnnotator implements NlpAnnotator {

    private final Set<String> languages;
    private final Set<Facet> provides;
    private final Supplier<NlpAnnotator> loader;
    private volatile NlpAnnotator loaded;

    LazyNlpAnnotator(Set<String> languages, Set<Facet> provides, Supplier<NlpAnnotator> loader) {
        this.languages = Set.copyOf(languages);
        this.provides = Set.copyOf(provides);
        this.loader = loader;
    }

    @Override
    public NlpDocument annotate(String text, Optional<LocalDate> documentDate) {
        return annotator().annotate(text, documentDate);
    }

    @Override
    public Set<String> languages() {
        return languages;
    }

    @Override
    public Set<Facet> provides() {
        return provides;
    }

    private NlpAnnotator annotator() {
        NlpAnnotator current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = loader.get();
                }
                current = loaded;
            }
        }
        return current;
    }
}
