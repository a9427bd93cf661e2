package org.newsgraph.resolve;

import java.util.Set;
import org.newsgraph.model.Span;
import org.newsgraph.resolve.ArticleEntities.Draft;

/**
 * A role an article ties to a person at one place: its head office ("secretary general",
 * "former president"), the whole phrase ("un secretary general", "president of france"), the
 * words that narrow the office down ("un", "france"), whether one of them names an organisation
 * (an office of that organisation), and where the phrase stands.
 */
record RoleTie(Draft person, String head, String phrase, Set<String> modifiers, boolean ofOrganisation, Span span) {

    /** Whether this tie has one of these heads and every one of these modifiers. */
    boolean fits(Set<String> heads, Set<String> wanted) {
        return heads.contains(head) && modifiers.containsAll(wanted);
    }
}
