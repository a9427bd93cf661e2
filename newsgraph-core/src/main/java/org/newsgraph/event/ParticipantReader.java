package org.newsgraph.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Reads who takes part in an event from its clause: the people and organisations it names, and
 * the speaker of a quote the trigger stands in. An organisation named as someone's affiliation
 * ("the X secretary general Y", "X spokesman Y") is left to that person, a portfolio is part of a
 * title ("Secretary of State", "Minister for Foreign Affairs"), and a name inside
 * someone else's quotation is theirs to mention, not a participant; nor is the agency of the wire
 * dateline ("ROME (AP) -"). The agent is the possessor
 * ("Y's visit"), else for a noun or a passive the name after "by" ("a speech by Y", "was opened by
 * Y"), else the nearest name before the trigger in its clause (the subject), else the
 * speaker of the quote it stands in when "I" or "we" is its subject; the patient is the name right after a verb, or after its or a noun's
 * "with" or "of" ("arrested X", "met with X", "a meeting with X", "the arrest of X"), or the subject
 * of a passive ("X was arrested").
 */
final class ParticipantReader {

    /** What the clause of one trigger says of its participants; agent and patient are -1 when it does not say. */
    record Participants(Map<Integer, Integer> weights, int agent, int patient) {}

    private static final int AGENT_WEIGHT = 3;
    private static final int AFFILIATION_GAP = 4;
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "HYPH", "POS");
    /** How far into an apposition after a person its organisation may stand ("X, the founder of Y"). */
    private static final int APPOSITION_GAP = 5;
    /** The words an apposition's title is made of: "formerly an", "the founder of", "chief executive at". */
    private static final Set<String> APPOSITION_TAGS = Set.of("NN", "NNS", "NNP", "JJ", "DT", "RB", "HYPH");
    private static final Set<String> APPOSITION_LINKS = Set.of("of", "at");
    private static final Set<String> PARTICLES = Set.of("of", "with");
    private static final Set<String> BY = Set.of("by");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    /** Words that may stand between a verb and its object's name: "arrested the former minister X". */
    private static final Set<String> OBJECT_LEAD_TAGS = Set.of("DT", "JJ", "NN", "NNP", "HYPH", "PRP$");
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJS", "JJR", "CD", "NN", "VBN");
    private static final Set<String> PORTFOLIO_LINKS = Set.of("of", "for");

    private final Set<String> portfolioOffices;

    /** @param portfolioOffices offices named with a portfolio ("secretary", "minister"), lower case */
    ParticipantReader(Set<String> portfolioOffices) {
        this.portfolioOffices = Set.copyOf(portfolioOffices);
    }

    Participants read(Article article, int sentence, int first, int last, boolean noun, Clause clause) {
        Map<Integer, Integer> weights = new HashMap<>();
        int subject = -1;
        for (Article.Named n : article.named(sentence)) {
            if (!clause.widelyHolds(n.first()) || !eligible(article, sentence, n)) {
                continue;
            }
            weights.merge(n.entity(), 1, Math::max);
            if (n.last() < first && (noun ? clause.widelyHolds(n.first()) : clause.holds(n.first()))) {
                subject = n.entity();
            }
        }
        int agent = possessor(article, sentence, first);
        int patient = objectOf(article, sentence, last, noun, clause);
        boolean passive = passive(article.tokens(sentence), first, noun, clause);
        if (agent < 0 && (noun || passive)) {
            agent = agentBy(article, sentence, last, clause);
        }
        if (passive) {
            patient = subject;
        } else if (agent < 0) {
            agent = subject;
        }
        int speaker = speakerAround(article, article.span(sentence, first, last));
        if (speaker == patient) {
            speaker = -1;
        }
        if (speaker >= 0 && article.isPersonOrOrganisation(speaker)) {
            weights.merge(speaker, 1, Math::max);
            agent = agent < 0 && firstPersonSubject(article.tokens(sentence), first, clause) ? speaker : agent;
        }
        if (agent >= 0 && weights.containsKey(agent)) {
            weights.put(agent, AGENT_WEIGHT);
        }
        return new Participants(weights, agent >= 0 && weights.containsKey(agent) ? agent : -1,
                patient >= 0 && weights.containsKey(patient) && patient != agent ? patient : -1);
    }

    /** "We met ...", "I visited ...": the speaker of the quote does it. */
    private static boolean firstPersonSubject(List<Token> tokens, int first, Clause clause) {
        for (int i = first - 1; i >= clause.first(); i--) {
            String word = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (FIRST_PERSON.contains(word)) {
                return true;
            }
            if (tokens.get(i).pos().startsWith("NN") || tokens.get(i).pos().equals("PRP")) {
                return false;
            }
        }
        return false;
    }

    /** "X was arrested", "X has been named": a participle after a form of "be" or "get" in the verb's group. */
    private static boolean passive(List<Token> tokens, int first, boolean noun, Clause clause) {
        if (noun || !tokens.get(first).pos().equals("VBN")) {
            return false;
        }
        for (int i = Math.max(clause.first(), first - 4); i < first; i++) {
            String lemma = tokens.get(i).lemma() == null ? "" : tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT);
            if (lemma.equals("be") || lemma.equals("get")) {
                return true;
            }
        }
        return false;
    }

    /** The one a verb is done to ("arrested X", "met with X") or a noun is of or with ("the arrest of X", "talks with X"), else -1. */
    private int objectOf(Article article, int sentence, int last, boolean noun, Clause clause) {
        if (followedBy(article.tokens(sentence), last, PARTICLES)) {
            return nameFrom(article, sentence, last + 2, clause);
        }
        return noun ? -1 : nameFrom(article, sentence, last + 1, clause);
    }

    /** The one a noun or a passive is by ("a speech by X", "was opened by the mayor X"), else -1. */
    private int agentBy(Article article, int sentence, int last, Clause clause) {
        return followedBy(article.tokens(sentence), last, BY) ? nameFrom(article, sentence, last + 2, clause) : -1;
    }

    /** Whether the word after {@code last} is one of these, in any case. */
    private static boolean followedBy(List<Token> tokens, int last, Set<String> words) {
        return last + 1 < tokens.size() && words.contains(tokens.get(last + 1).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** The eligible name that the words from {@code at} lead to, past a title and its modifiers, else -1. */
    private int nameFrom(Article article, int sentence, int at, Clause clause) {
        List<Token> tokens = article.tokens(sentence);
        for (; at < tokens.size(); at++) {
            Article.Named name = null;
            for (Article.Named n : article.named(sentence)) {
                if (n.first() == at) {
                    name = n;
                }
            }
            if (name != null && inTitle(tokens, at) && article.entity(name.entity()).type() != EntityType.PERSON) {
                at = name.last(); // "Governor of Kursk Region X": the place is the title's
                continue;
            }
            if (name != null) {
                return clause.holds(at) && eligible(article, sentence, name) ? name.entity() : -1;
            }
            if (!OBJECT_LEAD_TAGS.contains(tokens.get(at).pos()) && !inTitle(tokens, at + 1) && !titleWord(tokens.get(at))) {
                return -1;
            }
        }
        return -1;
    }

    /** A capitalised participle inside a title, which taggers read as a verb: "with Acting Governor X". */
    private static boolean titleWord(Token t) {
        return (t.pos().equals("VBG") || t.pos().equals("VBN")) && Character.isUpperCase(t.text().codePointAt(0));
    }

    /**
     * Whether the word at {@code at} follows a title's link: "of" after a capitalised word, perhaps with
     * "the" ("President of the Republic of ..."), so that it belongs to the title of the name that
     * comes after it.
     */
    private static boolean inTitle(List<Token> tokens, int at) {
        int link = at - 1;
        if (link >= 0 && tokens.get(link).text().equalsIgnoreCase("the")) {
            link--;
        }
        return link >= 1 && tokens.get(link).text().equalsIgnoreCase("of") && tokens.get(link - 1).pos().equals("NNP");
    }

    /** A person or organisation, named neither as an affiliation, nor as a portfolio, nor in someone else's quotation. */
    private boolean eligible(Article article, int sentence, Article.Named n) {
        return article.isPersonOrOrganisation(n.entity()) && !article.inDateline(n.span())
                && !affiliation(article, sentence, n)
                && !portfolio(article, sentence, n) && !quotedByOther(article, n);
    }

    /** "Secretary of State", "Minister for Foreign Affairs": an organisation right after an office and "of" or "for". */
    private boolean portfolio(Article article, int sentence, Article.Named n) {
        if (article.entity(n.entity()).type() != EntityType.ORGANIZATION || n.first() < 2) {
            return false;
        }
        List<Token> tokens = article.tokens(sentence);
        String link = tokens.get(n.first() - 1).text().toLowerCase(java.util.Locale.ROOT);
        String office = tokens.get(n.first() - 2).text().toLowerCase(java.util.Locale.ROOT);
        return PORTFOLIO_LINKS.contains(link) && portfolioOffices.contains(office);
    }

    private static boolean affiliation(Article article, int sentence, Article.Named n) {
        if (article.entity(n.entity()).type() != EntityType.ORGANIZATION) {
            return false;
        }
        List<Token> tokens = article.tokens(sentence);
        for (Article.Named p : article.named(sentence)) {
            if (p.entity() == n.entity() || article.entity(p.entity()).type() != EntityType.PERSON) {
                continue;
            }
            if (p.first() <= n.first() && n.last() <= p.last()) {
                return true; // "the X secretary general" naming a person holds the organisation
            }
            if (p.first() > n.last() && p.first() - n.last() <= AFFILIATION_GAP && between(tokens, n.last() + 1, p.first(), NOUN_PHRASE_TAGS)) {
                return true;
            }
            if (apposed(tokens, p, n)) {
                return true; // "X, the founder of Y," and "X, formerly a Y executive,": Y is X's
            }
        }
        return false;
    }

    /** Whether an organisation stands in the apposition right after a person: "X, founder of Y". */
    private static boolean apposed(List<Token> tokens, Article.Named person, Article.Named org) {
        int comma = person.last() + 1;
        if (org.first() <= comma + 1 || org.first() - comma > APPOSITION_GAP || !tokens.get(comma).text().equals(",")) {
            return false;
        }
        for (int i = comma + 1; i < org.first(); i++) {
            Token t = tokens.get(i);
            boolean link = i == org.first() - 1 && APPOSITION_LINKS.contains(t.text().toLowerCase(java.util.Locale.ROOT));
            if (!link && !APPOSITION_TAGS.contains(t.pos())) {
                return false;
            }
        }
        return true;
    }

    private static boolean quotedByOther(Article article, Article.Named n) {
        for (Quote q : article.quotes()) {
            if (q.direct() && q.span().contains(n.span()) && q.speaker() != n.entity()) {
                return true;
            }
        }
        return false;
    }

    /** "Y's visit", "Y's surprise visit": the name before the possessive mark, modifiers between. */
    private int possessor(Article article, int sentence, int first) {
        List<Token> tokens = article.tokens(sentence);
        int i = first - 1;
        while (i >= 0 && first - i <= 3 && MODIFIER_TAGS.contains(tokens.get(i).pos())) {
            i--;
        }
        if (i < 1 || !tokens.get(i).pos().equals("POS")) {
            return -1;
        }
        for (Article.Named n : article.named(sentence)) {
            if (n.last() == i - 1 && eligible(article, sentence, n)) {
                return n.entity();
            }
        }
        return -1;
    }

    /** The speaker of a quote holding the span, or -1. */
    private static int speakerAround(Article article, Span span) {
        for (Quote q : article.quotes()) {
            if (q.span().contains(span) && q.attributed()) {
                return q.speaker();
            }
        }
        return -1;
    }

    private static boolean between(List<Token> tokens, int from, int to, Set<String> tags) {
        for (int i = from; i < to; i++) {
            if (!tags.contains(tokens.get(i).pos())) {
                return false;
            }
        }
        return true;
    }
}
