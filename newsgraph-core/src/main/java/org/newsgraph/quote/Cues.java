package org.newsgraph.quote;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * Finds the words that report a quote: a speech verb right after it ("..., the minister said",
 * "..., said the minister"), the last speech verb before it in its sentence ("she said: ...",
 * "he complained that ..."), "according to" with its noun phrase, or a sentence ending in a colon
 * just before a quote that opens a paragraph.
 */
final class Cues {

    /** How many words may stand between a quote and the speech verb after it. */
    private static final int REACH = 10;

    /**
     * One cue: its speaker (null when none is in reach), the reporting word's lemma and place,
     * and whether it is tight, that is, sits right against the quote.
     */
    record Cue(Speaker speaker, String lemma, Span span, boolean tight, int verb) {}

    private final QuoteTokens words;
    private final Subjects subjects;
    private final QuoteLexicon lexicon;

    Cues(QuoteTokens words, Subjects subjects, QuoteLexicon lexicon) {
        this.words = words;
        this.subjects = subjects;
        this.lexicon = lexicon;
    }

    /** The cue of the quote, or null when none is found. */
    Cue of(QuotedSpans.Quoted quote) {
        Cue after = after(quote.outer());
        if (after != null) {
            return after;
        }
        Cue before = before(quote.outer());
        if (before != null) {
            return before;
        }
        Cue colon = colonBefore(quote.outer());
        return colon != null ? colon : clauseOf(quote.outer());
    }

    /**
     * A quote that a clause of its sentence opens without a speech verb ("X expressed hope that
     * ..."): the sentence's subject, loosely tied.
     */
    private Cue clauseOf(Span outer) {
        int open = words.firstAtOrAfter(outer.start());
        if (open >= words.size() || open == 0 || !words.sameSentence(open - 1, open)) {
            return null;
        }
        String before = words.lower(open - 1);
        if (!(before.equals("that") || before.equals(":"))) {
            return null;
        }
        Speaker subject = subjects.sentenceSubject(open - 1);
        return subject == null ? null : new Cue(subject, before, words.span(open - 1, open - 1), false, -1);
    }

    private Cue after(Span outer) {
        int j = words.firstAtOrAfter(outer.end());
        while (j < words.size() && !words.quoted(j) && (words.comma(j) || words.quoteMark(j, lexicon))) {
            j++;
        }
        if (j >= words.size() || words.quoted(j) || words.text().substring(outer.end(), words.start(j)).contains("\n")) {
            return null;
        }
        int according = according(j);
        if (according >= 0) {
            return cue(subjects.object(according), j, according - 1, true, -1);
        }
        if (speechVerb(j)) {
            return cue(subjects.after(j), j, j, true, j);
        }
        int end = words.sentenceEnd(j);
        for (int k = j + 1; k < end && k - j <= REACH && !words.quoted(k); k++) {
            if (speechVerb(k)) {
                return cue(subjects.before(k), k, k, true, k);
            }
            if (words.verb(k) && !lexicon.auxiliaries().contains(words.lemma(k))) {
                return null;
            }
        }
        return null;
    }

    private Cue before(Span outer) {
        int open = words.firstAtOrAfter(outer.start());
        if (open >= words.size()) {
            return null;
        }
        int first = words.sentenceStart(open);
        for (int k = open - 1; k >= first; k--) {
            if (words.quoted(k)) {
                continue;
            }
            if (speechVerb(k)) {
                return cue(subjects.before(k), k, k, tight(k, open), k);
            }
            int according = according(k);
            if (according >= 0) {
                return cue(subjects.object(according), k, according - 1, false, -1);
            }
        }
        return null;
    }

    /** "The minister said:" closing the sentence before a quote that opens its own. */
    private Cue colonBefore(Span outer) {
        int open = words.firstAtOrAfter(outer.start());
        if (open >= words.size() || open == 0 || words.sentenceStart(open) != open) {
            return null;
        }
        int last = open - 1;
        if (!words.lower(last).equals(":")) {
            return null;
        }
        for (int k = last - 1; k >= words.sentenceStart(last); k--) {
            if (!words.quoted(k) && speechVerb(k)) {
                return cue(subjects.before(k), k, k, true, k);
            }
        }
        return null;
    }

    /** Whether only a colon, comma or "that" stands between the verb and the quote. */
    private boolean tight(int verb, int open) {
        for (int t = verb + 1; t < open; t++) {
            String w = words.lower(t);
            if (!(w.equals(":") || w.equals(",") || w.equals("that") || words.adverb(t))) {
                return false;
            }
        }
        return true;
    }

    boolean speechVerb(int t) {
        return !words.quoted(t) && (words.verb(t) || words.pos(t).equals("X")) && lexicon.speech(words.lemma(t));
    }

    /** The token after an attribution phrase ("according to") starting at {@code t}, or -1. */
    int according(int t) {
        for (List<String> phrase : lexicon.according()) {
            int n = phrase.size();
            if (t + n < words.size() && words.sameSentence(t, t + n)) {
                boolean all = true;
                for (int i = 0; i < n && all; i++) {
                    all = words.lower(t + i).equals(phrase.get(i)) && !words.quoted(t + i);
                }
                if (all) {
                    return t + n;
                }
            }
        }
        return -1;
    }

    private Cue cue(Speaker speaker, int first, int last, boolean tight, int verb) {
        Span span = words.span(first, last);
        String lemma = first == last && verb >= 0 ? words.lemma(first) : span.of(words.text()).toLowerCase(java.util.Locale.ROOT);
        return new Cue(speaker, lemma, span, tight, verb);
    }
}
