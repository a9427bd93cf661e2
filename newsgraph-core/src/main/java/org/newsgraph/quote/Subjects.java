package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Span;

/**
 * Finds the subject of a verb and the entity it stands for. A name stands for the entity whose
 * mention it is; a role noun the article did not tie to a name ("the press secretary") for the one
 * person given a role of the same office; "he" or "she" for the person last named in subject position
 * before it, and "it" or "they" for the organisation last named there. That is an approximation of
 * coreference: it takes the most recent subject, learns each person's pronoun as it goes, and
 * never looks inside quotation marks.
 */
final class Subjects {

    /** How far an appositive may run between a subject and its verb ("X, the minister, said"). */
    private static final int APPOSITIVE = 8;
    /** How many words a subject may have before it stops looking like one. */
    private static final int LONGEST_PHRASE = 10;

    private final QuoteTokens words;
    private final QuoteLexicon lexicon;
    private final int[] refers;

    Subjects(QuoteTokens words, QuoteLexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
        this.refers = new int[words.size()];
        Arrays.fill(refers, -1);
        resolvePronouns();
    }

    /** The subject of the verb at {@code verb}, left of it, or null when it has none in reach. */
    Speaker before(int verb) {
        int first = words.sentenceStart(verb);
        if (words.pos(verb).startsWith("NN")) {
            return owner(verb);
        }
        if (words.pos(verb).equals("VBG") && verb > first && (words.comma(verb - 1) || words.pos(verb - 1).equals("IN"))) {
            return sentenceSubject(verb); // "..., saying that", "by saying": the clause's subject speaks
        }
        int i = verb - 1;
        while (i >= first && !words.quoted(i) && (skippable(i) || words.pos(i).equals("-RRB-"))) {
            i = words.pos(i).equals("-RRB-") ? opening(i, first) - 1 : i - 1;
        }
        if (i < first || words.quoted(i) || words.quoteMark(i, lexicon)) {
            return null;
        }
        if (pronoun(i)) {
            return pronounSpeaker(i);
        }
        if (words.nominal(i)) {
            Speaker named = leftPhrase(i, first);
            int start = words.firstAtOrAfter(named.span().start());
            if (named.entity() < 0) {
                int k = start - 1; // "X, the minister of transport for Y, said": back over the appositive to X
                while (k >= first && !words.quoted(k) && (words.nominal(k) || words.pos(k).equals("CC")
                        || (words.pos(k).equals("IN") && !lexicon.clauseOpeners().contains(words.lower(k))))) {
                    k--;
                }
                if (k - 1 >= first && words.comma(k) && words.entity(k - 1) >= 0 && words.mentionStart(k - 1) >= first) {
                    return named(words.mentionStart(k - 1), k - 1);
                }
            }
            return named;
        }
        if (words.pos(i).equals("CC")) {
            return sentenceSubject(verb); // "X met Y and said": the clause's subject again
        }
        return null;
    }

    /** The noun phrase ending at {@code last}; for "the head of the agency" the head's. */
    private Speaker leftPhrase(int last, int first) {
        int j = phraseStart(last, first);
        if (j - 2 >= first && words.pos(j - 1).equals("IN") && !lexicon.clauseOpeners().contains(words.lower(j - 1))
                && words.nominal(j - 2) && !words.quoted(j - 2)) {
            int head = j - 2; // "a spokesperson for the minister said": the spokesperson speaks
            Speaker speaker = phrase(phraseStart(head, first), head);
            Span span = words.span(phraseStart(head, first), last);
            return new Speaker(speaker.entity(), span, span.of(words.text()));
        }
        return phrase(j, last);
    }

    /** The owner of a speech noun: "the minister's statement", "his speech", "the statement by X". */
    private Speaker owner(int noun) {
        int first = words.sentenceStart(noun);
        int p = noun - 1;
        while (p >= first && (words.pos(p).startsWith("JJ") || words.pos(p).equals("CD"))) {
            p--;
        }
        if (p >= first && words.possessive(p) && p - 1 >= first) {
            return leftPhrase(p - 1, first);
        }
        if (p >= first && words.pos(p).equals("PRP$") && refers[p] >= 0) {
            return pronounSpeaker(p);
        }
        if (p >= first && words.entity(p) >= 0) {
            return phrase(phraseStart(p, first), p);
        }
        int n = noun + 1;
        if (n + 1 < words.sentenceEnd(noun) && (words.lower(n).equals("by") || words.lower(n).equals("of"))) {
            return after(n);
        }
        return null;
    }

    /** The token opening the bracket that {@code close} closes, or {@code close} when none does. */
    private int opening(int close, int first) {
        for (int t = close - 1; t >= first; t--) {
            if (words.pos(t).equals("-LRB-")) {
                return t;
            }
        }
        return close;
    }

    /** The speaker of a verb inside a quote whose subject names the quote's speaker ("we will"). */
    boolean firstPerson(int verb) {
        int i = verb - 1;
        while (i >= words.sentenceStart(verb) && skippable(i)) {
            i--;
        }
        return i >= 0 && lexicon.firstPerson().contains(words.lower(i));
    }

    private int phraseStart(int last, int limit) {
        int j = last;
        while (j - 1 >= limit && last - j < LONGEST_PHRASE && words.nominal(j - 1) && !words.quoted(j - 1)) {
            j--;
        }
        return j;
    }

    /** The subject after the verb, as in "said the minister", or null. */
    Speaker after(int verb) {
        int j = verb + 1;
        int end = words.sentenceEnd(verb);
        if (j >= end || words.quoted(j)) {
            return null;
        }
        if (pronoun(j)) {
            return pronounSpeaker(j);
        }
        int k = j;
        while (k < end && k - j < LONGEST_PHRASE && words.nominal(k) && !words.quoted(k)) {
            k++;
        }
        if (k == j) {
            return null;
        }
        Speaker named = phrase(j, k - 1);
        if (named.entity() >= 0) {
            return named;
        }
        // "said the vice president of the firm, Ann Lee": the name the phrase leads to
        for (int t = k; t < end && t - j <= 2 * LONGEST_PHRASE && !words.quoted(t) && !words.finite(t); t++) {
            if (words.entity(t) >= 0 && words.type(words.entity(t)) == EntityType.PERSON) {
                Span span = words.span(j, mentionEnd(words.mentionStart(t) >= 0 ? words.mentionStart(t) : t));
                return new Speaker(words.entity(t), span, span.of(words.text()));
            }
        }
        return named;
    }

    /** The noun phrase "according to" names, or null. */
    Speaker object(int first) {
        return after(first - 1);
    }

    /**
     * The subject of the clause the verb belongs to: the nearest name or pronoun before it in subject
     * position, else the first name of the sentence that follows no preposition.
     */
    Speaker sentenceSubject(int verb) {
        int first = words.sentenceStart(verb);
        for (int t = verb - 1; t >= first; t--) {
            if (words.quoted(t)) {
                continue;
            }
            if (pronoun(t) && refers[t] >= 0 && subjectPosition(t, t)) {
                return pronounSpeaker(t);
            }
            int start = words.mentionStart(t);
            if (words.entity(t) >= 0 && start >= first && mentionEnd(start) == t && subjectPosition(start, t)) {
                return named(start, t);
            }
        }
        for (int t = first; t < verb; t++) {
            int next = mentionEnd(t) + 1;
            if (!words.quoted(t) && words.entity(t) >= 0 && words.mentionStart(t) == t && !afterPreposition(t)
                    && !(next < verb && (words.possessive(next) || (words.nominal(next) && words.entity(next) < 0)))) {
                return named(t, mentionEnd(t));
            }
        }
        return null;
    }

    private Speaker named(int first, int last) {
        Span span = words.span(first, last);
        return new Speaker(words.entity(first), span, span.of(words.text()));
    }

    private boolean skippable(int t) {
        return words.adverb(t) || words.pos(t).equals("MD") || words.comma(t)
                || (lexicon.auxiliaries().contains(words.lemma(t)) && !words.nominal(t));
    }

    private boolean pronoun(int t) {
        return lexicon.pronouns().containsKey(words.lower(t));
    }

    private Speaker pronounSpeaker(int t) {
        Span at = words.span(t, t);
        return new Speaker(refers[t], at, at.of(words.text()));
    }

    /** The speaker a noun phrase names: what follows its last possessive, by its head's entity or role. */
    private Speaker phrase(int first, int last) {
        int owned = first;
        for (int t = first; t <= last; t++) {
            if (words.possessive(t)) {
                owned = t + 1;
            }
        }
        Span span = words.span(first, last);
        if (owned > last) {
            return new Speaker(-1, span, span.of(words.text()));
        }
        if (words.entity(last) >= 0) { // the head's entity: "Russian officials" are not "Russian"
            return new Speaker(words.entity(last), span, span.of(words.text()));
        }
        if (refers[last] >= 0) { // "the company": the organisation last named in subject position
            return new Speaker(refers[last], span, span.of(words.text()));
        }
        return new Speaker(byRole(owned, last), span, span.of(words.text()));
    }

    /** The one person whose roles name the office of these words, or -1. */
    private int byRole(int first, int last) {
        List<String> kept = new ArrayList<>();
        for (int t = first; t <= last; t++) {
            if (!words.pos(t).equals("DT") && !words.pos(t).equals("PRP$")) {
                kept.add(words.lower(t).replace('-', ' '));
            }
        }
        if (kept.isEmpty()) {
            return -1;
        }
        String phrase = String.join(" ", kept);
        int found = -1;
        for (int e = 0; e < words.entities().size(); e++) {
            LocalEntity entity = words.entities().get(e);
            if (entity.type() == EntityType.PERSON && entity.roles().stream().anyMatch(r -> fits(phrase, r))) {
                if (found >= 0) {
                    return -1;
                }
                found = e;
            }
        }
        return found;
    }

    private boolean fits(String phrase, String role) {
        for (String office : lexicon.roleGroups().getOrDefault(role, Set.of(role))) {
            if (phrase.equals(office) || phrase.endsWith(" " + office)) {
                return true;
            }
        }
        return false;
    }

    private int mentionEnd(int first) {
        int end = first;
        while (end + 1 < words.size() && words.mentionStart(end + 1) == first) {
            end++;
        }
        return end;
    }

    /**
     * Whether the words [first, last] stand where a subject does: not after a preposition, not
     * owning what follows, and followed by a verb (adverbs, modals and an appositive between).
     */
    boolean subjectPosition(int first, int last) {
        if (afterPreposition(first)) {
            return false;
        }
        int end = words.sentenceEnd(first);
        int q = last + 1;
        if (q < end && words.possessive(q)) {
            return false;
        }
        while (q < end) {
            if (words.verb(q) && !lexicon.auxiliaries().contains(words.lemma(q))) {
                return true;
            }
            boolean clauseGoesOn = q + 1 < end && (words.verb(q + 1) || words.adverb(q + 1));
            if ((words.comma(q) && !clauseGoesOn) || words.pos(q).equals("-LRB-")) {
                int close = q + 1; // an appositive or a bracket: "X, the minister of Y(,) said"
                while (close < end && close - q <= APPOSITIVE && !words.comma(close) && !words.pos(close).equals("-RRB-")
                        && !(words.finite(close) && !lexicon.auxiliaries().contains(words.lemma(close)))) {
                    close++;
                }
                if (close >= end || close - q > APPOSITIVE) {
                    return false;
                }
                q = words.finite(close) ? close : close + 1;
            } else if (skippable(q) || words.verb(q)) {
                q++;
            } else {
                return false;
            }
        }
        return false;
    }

    /** Whether the phrase starting at {@code first} (a title or article before it aside) follows a preposition. */
    private boolean afterPreposition(int first) {
        int start = words.sentenceStart(first);
        int p = first - 1;
        while (p >= start && (words.pos(p).equals("DT") || (words.nominal(p) && words.entity(p) < 0
                && words.pos(p).startsWith("NNP")))) {
            p--;
        }
        return p >= start && (words.pos(p).equals("IN") || words.pos(p).equals("TO"))
                && !lexicon.clauseOpeners().contains(words.lower(p));
    }

    /**
     * Resolves every pronoun outside quotes, in text order, to the latest entity of its kind named
     * in subject position; a person's pronoun, once learnt, keeps others of the other pronoun off it.
     */
    private void resolvePronouns() {
        List<Integer> people = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        Map<Integer, String> pronounOf = new HashMap<>();
        for (int t = 0; t < words.size(); t++) {
            if (words.quoted(t)) {
                continue;
            }
            if (pronoun(t)) {
                EntityType kind = lexicon.pronouns().get(words.lower(t));
                refers[t] = kind == EntityType.PERSON ? person(people, pronounOf, gender(t)) : latest(groups);
                if (refers[t] >= 0 && subjectPosition(t, t)) {
                    remember(kind == EntityType.PERSON ? people : groups, refers[t]);
                }
            } else if (words.entity(t) < 0 && lexicon.organisationNouns().contains(words.lemma(t)) && t > 0
                    && (words.lower(t - 1).equals("the") || words.lower(t - 1).equals("this"))) {
                refers[t] = latest(groups);
            } else if (words.entity(t) >= 0 && words.mentionStart(t) == t && subjectPosition(t, mentionEnd(t))) {
                EntityType type = words.type(words.entity(t));
                if (type == EntityType.PERSON) {
                    remember(people, words.entity(t));
                } else if (type == EntityType.ORGANIZATION) {
                    remember(groups, words.entity(t));
                }
            }
        }
    }

    private String gender(int t) {
        String word = words.lower(t);
        return word.equals("he") || word.equals("him") ? "he" : word.equals("she") || word.equals("her") ? "she" : "";
    }

    private static int person(List<Integer> people, Map<Integer, String> pronounOf, String gender) {
        for (int i = people.size() - 1; i >= 0; i--) {
            int e = people.get(i);
            String known = pronounOf.get(e);
            if (gender.isEmpty() || known == null || known.equals(gender)) {
                if (!gender.isEmpty()) {
                    pronounOf.put(e, gender);
                }
                return e;
            }
        }
        return -1;
    }

    private static int latest(List<Integer> entities) {
        return entities.isEmpty() ? -1 : entities.get(entities.size() - 1);
    }

    private static void remember(List<Integer> recent, int entity) {
        recent.remove(Integer.valueOf(entity));
        recent.add(entity);
    }
}
