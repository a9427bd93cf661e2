package org.newsgraph.clean;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Removed;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Names the outlet of an article that came without one, when its text names it: a trailer
 * ("Read the latest news on The Daily Courier.") first, else a masthead printed more than once.
 * Both are lines the cleaner left out, so they are read from what it recorded as removed.
 */
public final class OutletFinder implements Stage {

    private final OutletNames outlets;

    public OutletFinder(CleanRules rules) {
        this.outlets = new OutletNames(rules);
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.CLEAN_TEXT);
    }

    /** Nothing new for later stages to require: it fills the source's outlet when that is missing. */
    @Override
    public Set<Facet> provides() {
        return Set.of();
    }

    @Override
    public Document apply(Document document) {
        ArticleSource source = document.source();
        if (source.outlet() != null && !source.outlet().isBlank()) {
            return document;
        }
        return outletIn(document)
                .map(outlet -> document.withSource(
                        source.withOutlet(outlet, Basis.TEXT)))
                .orElse(document);
    }

    private Optional<String> outletIn(Document document) {
        Optional<String> trailer = document.removed().stream()
                .filter(removed -> removed.reason().equals(Reason.TRAILER.label()))
                .flatMap(removed -> outlets.fromTrailer(removed.text()).stream())
                .findFirst();
        return trailer.or(() -> document.removed().stream()
                .filter(removed -> removed.reason().equals(Reason.MASTHEAD.label()))
                .map(Removed::text)
                .flatMap(text -> outlets.fromMasthead(text).stream())
                .findFirst());
    }
}
