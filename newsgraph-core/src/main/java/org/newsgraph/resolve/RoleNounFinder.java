package org.newsgraph.resolve;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.OfficeStandIn;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.resolve.ArticleEntities.Draft;
import org.newsgraph.resolve.RolePhrases.Phrase;

/**
 * Finds the descriptions that name a person by a role the article tied to him or her: "the
 * Secretary General", "the UN Secretary General", "UNESCO's director-general", "the French
 * leader", "the head of state". The description must come after the tie, and fit exactly one
 * person: every modifier it has is in that person's role phrase, and no one else holds a role it
 * fits ("the president" names no one when the article has two). An organisation's generic noun
 * ("the Secretary General of the alliance") fits a role of an organisation ("UN Secretary General")
 * but not another ("the president of the company" is not "President X"). A description followed
 * by a name is that name's title, not a description. The mention is the description without its article
 * ("Secretary General", "French leader") and its possessive ending; a possessor is kept
 * ("UNESCO's director-general").
 */
final class RoleNounFinder {

    private static final Pattern BEFORE_HANDLE = Pattern.compile("[ \\t\\u00A0]+@");

    private final ArticleWords words;
    private final AliasLexicon lexicon;
    private final ArticleEntities entities;
    private final RolePhrases phrases;

    RoleNounFinder(ArticleWords words, AliasLexicon lexicon, ArticleEntities entities, RolePhrases phrases) {
        this.words = words;
        this.lexicon = lexicon;
        this.entities = entities;
        this.phrases = phrases;
    }

    void find(List<RoleTie> ties) {
        if (ties.isEmpty()) {
            return;
        }
        for (int i = 0; i < words.size(); i++) {
            Phrase description = descriptionAt(i);
            if (description != null) {
                link(description, ties);
            }
        }
    }

    /** A description opened by word {@code i}: "the" before it, or a possessor that is part of it. */
    private Phrase descriptionAt(int i) {
        if (lexicon.definiteArticles.contains(words.norm(i)) && words.joined(i + 1)) {
            return standsAlone(phrases.startingAt(i + 1, true));
        }
        ArticleWords.Word w = words.get(i);
        if (w.possessive() && w.capitalised() && entities.overlaps(w.span(), null)) {
            Phrase p = phrases.startingAt(i, true);
            return p != null && p.first() == i ? standsAlone(p) : null;
        }
        return null;
    }

    /** The phrase if it is a description: not a title before a name, and its office a noun. */
    private Phrase standsAlone(Phrase p) {
        if (p == null) {
            return null;
        }
        for (int i = p.headFirst(); i < p.headLast(); i++) {
            if (words.get(i).possessive()) {
                return null;
            }
        }
        int next = p.last() + 1;
        if (next < words.size() && words.joined(next) && words.get(next).capitalised()) {
            return null;
        }
        String after = words.text().substring(words.get(p.last()).span().end());
        if (BEFORE_HANDLE.matcher(after).lookingAt()) {
            return null;
        }
        boolean adjective = words.tag(p.headLast()).startsWith("JJ");
        boolean nounFollows = next < words.size() && words.joined(next) && words.tag(next).matches("NNS?")
                && !words.get(p.last()).possessive(); // "the leader's agenda" is still the leader
        return adjective || nounFollows ? null : p;
    }

    private void link(Phrase description, List<RoleTie> ties) {
        Span span = words.bareSpan(description.first(), description.headLast());
        Span office = words.span(description.headFirst(), description.headLast());
        if (entities.overlaps(office, null) || entities.overlaps(span, EntityType.PERSON)
                || ties.stream().anyMatch(t -> t.span().overlaps(span))) {
            return;
        }
        Set<String> heads = heads(description);
        Set<String> narrowing = phrases.narrowing(description);
        Set<String> generic = description.complement().stream().map(words::norm)
                .filter(lexicon.organisationHeads::contains).collect(Collectors.toSet());
        boolean ofOrganisation = narrowing.removeAll(generic);
        Set<Draft> fitting = new HashSet<>();
        RoleTie first = null;
        for (RoleTie tie : ties) {
            if (tie.fits(heads, narrowing) && (!ofOrganisation || tie.ofOrganisation())) {
                fitting.add(tie.person());
                first = first == null ? tie : first;
            }
        }
        if (fitting.size() == 1 && first.span().end() <= span.start()) {
            entities.addMention(first.person(), new Mention(span, span.of(words.text())));
        }
    }

    /** The office the description names, and those it may stand for. */
    private Set<String> heads(Phrase description) {
        String head = phrases.head(description);
        Set<String> heads = new LinkedHashSet<>();
        heads.add(head);
        OfficeStandIn standIn = lexicon.standIn(head);
        if (standIn != null && (!standIn.needsModifier() || !description.modifiers().isEmpty())) {
            heads.addAll(standIn.offices());
        }
        return heads;
    }
}
