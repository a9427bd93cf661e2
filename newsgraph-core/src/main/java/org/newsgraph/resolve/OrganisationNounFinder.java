package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.resolve.ArticleEntities.Draft;

/**
 * Finds an organisation named by its generic head noun: "the alliance", "the military alliance",
 * or "Alliance" alone where the recogniser took it for an organisation of its own. The noun refers
 * to the one organisation of the article whose name has that head ("... Treaty Alliance", "Council
 * of Europe") or that an apposition described with it ("X, the military alliance,"); with two
 * such organisations, or a modifier that points elsewhere ("the rival party"), it refers to none.
 */
final class OrganisationNounFinder {

    private static final Pattern PHRASE_END = Pattern.compile("[ \\t\\u00A0]*(?:[,.;:)]|\\n|$)");

    private final ArticleWords words;
    private final AliasLexicon lexicon;
    private final ArticleEntities entities;
    /** The appositions that gave heads: a description there is the definition, not a mention. */
    private final List<Span> appositions = new ArrayList<>();

    OrganisationNounFinder(ArticleWords words, AliasLexicon lexicon, ArticleEntities entities) {
        this.words = words;
        this.lexicon = lexicon;
        this.entities = entities;
    }

    void find() {
        Map<Draft, Set<String>> heads = heads();
        mergeLoneHeads(heads);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (lexicon.definiteArticles.contains(words.norm(i)) && words.joined(i + 1)) {
                describe(i + 1, heads);
            }
        }
    }

    /** The head nouns of each organisation: of its names, and of appositions after them. */
    private Map<Draft, Set<String>> heads() {
        Map<Draft, Set<String>> heads = new HashMap<>();
        for (Draft org : entities.ofType(EntityType.ORGANIZATION)) {
            Set<String> own = new LinkedHashSet<>();
            for (Mention m : org.names()) {
                String head = nameHead(m.text());
                if (lexicon.organisationHeads.contains(head)) {
                    own.add(head);
                }
                String described = appositionHead(m);
                if (described != null) {
                    own.add(described);
                }
            }
            heads.put(org, own);
        }
        return heads;
    }

    /** The head word of a name: the last, or the one before "of" ("Council of Europe"). */
    private String nameHead(String name) {
        ArticleWords nameWords = ArticleWords.of(name);
        for (int i = 1; i < nameWords.size(); i++) {
            if (lexicon.complementPrepositions.contains(nameWords.norm(i))) {
                return nameWords.norm(i - 1);
            }
        }
        return nameWords.norm(nameWords.size() - 1);
    }

    /** The head of "X, the military alliance," right after a name, or null. */
    private String appositionHead(Mention mention) {
        int i = words.endingAt(mention.span().end()) + 1;
        if (i <= 0 || !words.commaBefore(i) || !article(i) || !words.joined(i + 1)) {
            return null;
        }
        int head = i + 1;
        if (plainModifier(head) && words.joined(head + 1)) {
            head++;
        }
        boolean ends = head < words.size()
                && PHRASE_END.matcher(words.text()).region(words.get(head).span().end(), words.text().length()).lookingAt();
        if (!ends || !lexicon.organisationHeads.contains(words.norm(head))) {
            return null;
        }
        appositions.add(words.span(i, head));
        return words.norm(head);
    }

    /** An organisation named only by a capitalised head noun joins the one other that has that head. */
    private void mergeLoneHeads(Map<Draft, Set<String>> heads) {
        for (Draft lone : entities.ofType(EntityType.ORGANIZATION)) {
            String head = OrganisationMerger.opensLongerName(lone, words, lexicon) ? null : loneHead(lone);
            List<Draft> owners = head == null ? List.of() : owners(head, lone, heads);
            if (owners.size() == 1) {
                entities.absorb(owners.get(0), lone);
                heads.get(owners.get(0)).addAll(heads.getOrDefault(lone, Set.of()));
                heads.remove(lone);
            }
        }
    }

    private String loneHead(Draft org) {
        String head = null;
        for (Mention m : org.names()) {
            List<String> name = MentionGrouper.words(m.text());
            if (name.size() != 1 || !lexicon.organisationHeads.contains(name.get(0)) || (head != null && !head.equals(name.get(0)))) {
                return null;
            }
            head = name.get(0);
        }
        return head;
    }

    private List<Draft> owners(String head, Draft except, Map<Draft, Set<String>> heads) {
        List<Draft> owners = new ArrayList<>();
        heads.forEach((org, own) -> {
            if (org != except && entities.holds(org) && own.contains(head)) {
                owners.add(org);
            }
        });
        return owners;
    }

    /** "the alliance" or "the military alliance" starting at word {@code first}, joined to its one organisation. */
    private void describe(int first, Map<Draft, Set<String>> heads) {
        int head = first;
        if (plainModifier(first) && words.joined(first + 1)) {
            head = first + 1;
        }
        if (head >= words.size() || !lexicon.organisationHeads.contains(words.norm(head))
                || lexicon.contrastWords.contains(words.norm(first))) {
            return;
        }
        int next = head + 1;
        boolean joinedNext = next < words.size() && words.joined(next);
        if (joinedNext && (words.get(next).capitalised() || lexicon.complementPrepositions.contains(words.norm(next)))) {
            return;
        }
        if (joinedNext && words.tag(next).matches("NNS?") && !words.get(head).possessive()) {
            return; // "the department secretaries": the noun is a modifier there, perhaps of several
        }
        Span span = words.bareSpan(first, head);
        List<Draft> owners = owners(words.norm(head), null, heads);
        boolean defining = appositions.stream().anyMatch(a -> a.overlaps(span));
        if (owners.size() == 1 && !defining && !entities.overlaps(span, null)) {
            entities.addMention(owners.get(0), new Mention(span, span.of(words.text())));
        }
    }

    /** A lower-case word that can modify a head noun: not a function word. */
    private boolean plainModifier(int i) {
        return i < words.size() && !words.get(i).capitalised() && !lexicon.functionWords.contains(words.norm(i))
                && !lexicon.organisationHeads.contains(words.norm(i));
    }

    private boolean article(int i) {
        return lexicon.definiteArticles.contains(words.norm(i)) || lexicon.indefiniteArticles.contains(words.norm(i));
    }
}
