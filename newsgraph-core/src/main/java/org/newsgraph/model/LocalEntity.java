package org.newsgraph.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One entity as named within a single article: its most informative name, its type and every
 * mention of it in that article, in text order.
 */
public record LocalEntity(String name, EntityType type, List<Mention> mentions) {

    public LocalEntity {
        mentions = List.copyOf(mentions);
    }

    /** The distinct surface forms other than {@link #name()}, in order of first mention. */
    public Set<String> aliases() {
        Set<String> forms = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (!m.text().equals(name)) {
                forms.add(m.text());
            }
        }
        return forms;
    }
}
