package org.newsgraph.pipeline;

import java.util.Set;

/**
 * One step of the per-article analysis. A stage reads what it {@link #requires()}, returns a new
 * document with what it {@link #provides()}, and never changes its input.
 */
public interface Stage {

    Set<Facet> requires();

    Set<Facet> provides();

    Document apply(Document document);

    default String name() {
        return getClass().getSimpleName();
    }
}
