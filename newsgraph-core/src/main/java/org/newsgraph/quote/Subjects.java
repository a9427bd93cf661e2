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

    private final Words words;
    private final QuoteLexicon lexicon;
    private final int[] refers;

    Subjects(Words words, QuoteLexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
        this.refers = new int[words.size()];
        Arrays.fill(refers, -1);
        resolvePronouns();
    }

    /** The subject of the verb at {@code verb}, left of it, or null when it has none in reach. */
    Speaker before(int verb) {
        int first = words.sentenceStart(verb);
        if (words.pos(verb).equals("VBG") && verb > first && words.comma(verb - 1)) {
            return sentenceSubject(verb); // "..., saying that": the clause's subject speaks
        }
        int i = verb - 1;
        while (i >= first && !words.quoted(i) && skippable(i)) {
            i--;
        }
        if (i < first || words.quoted(i) || words.quoteMark(i, lexicon)) {
            return null;
        }
        if (pronoun(i)) {
            return pronounSpeaker(i);
        }
        if (words.nominal(i)) {
            int j = phraseStart(i, first);
            if (j - 2 >= first && words.pos(j - 1).equals("IN") && !lexicon.clauseOpeners().contains(words.lower(j - 1))
                    && words.nominal(j - 2) && !words.quoted(j - 2)) {
                int head = j - 2; // "a spokesperson for the minister said": the spokesperson speaks
                Speaker speaker = phrase(phraseStart(head, first), head);
                Span span = words.span(phraseStart(head, first), i);
                return new Speaker(speaker.entity(), span, span.of(words.text()));
            }
            return phrase(j, i);
        }
        if (words.pos(i).equals("CC")) {
            return sentenceSubject(verb); // "X met Y and said": the clause's subject again
        }
        return null;
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
        return k == j ? null : phrase(j, k - 1);
    }

    /** The noun phrase "according to" names, or null. */
    Speaker object(int first) {
        return after(first - 1);
    }

    /** The first name or pronoun of the verb's sentence in subject position, before the verb. */
    Speaker sentenceSubject(int verb) {
        for (int t = words.sentenceStart(verb); t < verb; t++) {
            if (words.quoted(t)) {
                continue;
            }
            if (pronoun(t) && refers[t] >= 0 && subjectPosition(t, t)) {
                return pronounSpeaker(t);
            }
            if (words.entity(t) >= 0 && words.mentionStart(t) == t && subjectPosition(t, mentionEnd(t))) {
                return new Speaker(words.entity(t), words.span(t, mentionEnd(t)), words.span(t, mentionEnd(t)).of(words.text()));
            }
        }
        return null;
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
        int start = words.sentenceStart(first);
        int p = first - 1;
        while (p >= start && (words.pos(p).equals("DT") || (words.nominal(p) && words.entity(p) < 0
                && words.pos(p).startsWith("NNP")))) {
            p--;
        }
        if (p >= start && (words.pos(p).equals("IN") || words.pos(p).equals("TO"))
                && !lexicon.clauseOpeners().contains(words.lower(p))) {
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
            if (words.comma(q) && !clauseGoesOn) {
                int close = q + 1;
                while (close < end && close - q <= APPOSITIVE && !words.comma(close)) {
                    close++;
                }
                if (close >= end || close - q > APPOSITIVE) {
                    return false;
                }
                q = close + 1;
            } else if (skippable(q) || words.verb(q)) {
                q++;
            } else {
                return false;
            }
        }
        return false;
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
