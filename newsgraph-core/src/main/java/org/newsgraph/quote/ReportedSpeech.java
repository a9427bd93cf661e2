package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Quote;

/**
 * Finds reported speech: a speech verb with a subject, followed by "that" and a clause ("the
 * minister warned that talks could fail") or, for verbs like "say", by a clause alone ("she said
 * the talks had failed"). The clause, to the end of the sentence, is a quote that is not direct.
 * Sentences whose words are quoted directly are left to the direct quote.
 */
final class ReportedSpeech {

    /** How far "that" may follow the verb ("said in a statement on Friday that"). */
    private static final int THAT_REACH = 8;
    /** How far into the clause its verb may be. */
    private static final int VERB_REACH = 12;
    private static final int SHORTEST = 3;

    private final QuoteTokens words;
    private final Subjects subjects;
    private final Cues cues;
    private final QuoteLexicon lexicon;

    ReportedSpeech(QuoteTokens words, Subjects subjects, Cues cues, QuoteLexicon lexicon) {
        this.words = words;
        this.subjects = subjects;
        this.cues = cues;
        this.lexicon = lexicon;
    }

    /** Reported speech outside quotes, leaving out the verbs already used as cues and sentences with quotes. */
    List<Quote> find(Set<Integer> usedVerbs, Set<Integer> quotedSentences) {
        List<Quote> found = new ArrayList<>();
        for (int t = 0; t < words.size(); t++) {
            if (!cues.speechVerb(t) || usedVerbs.contains(t) || quotedSentences.contains(words.sentenceStart(t))) {
                continue;
            }
            int start = complement(t);
            if (start < 0) {
                continue;
            }
            int end = words.sentenceEnd(t) - 1;
            while (end > start && !Character.isLetterOrDigit(words.text().charAt(words.end(end) - 1))) {
                end--;
            }
            Speaker speaker = subjects.before(t);
            if (end - start + 1 < SHORTEST || speaker == null) {
                continue;
            }
            var span = words.span(start, end);
            found.add(new Quote(span, span.of(words.text()), false, speaker.entity(), speaker.text(), speaker.span(),
                    words.lemma(t), words.span(t, t)));
        }
        return found;
    }

    /** The first token of the clause the verb reports, or -1. */
    private int complement(int verb) {
        int end = words.sentenceEnd(verb);
        for (int k = verb + 1; k < end && k - verb <= THAT_REACH; k++) {
            if (words.lower(k).equals("that") && !words.pos(k).equals("DT")) {
                return k + 1 < end ? k + 1 : -1;
            }
            if (words.finite(k) || words.quoted(k) || words.lower(k).equals(".")) {
                break;
            }
        }
        if (!lexicon.clauseVerbs().contains(words.lemma(verb))) {
            return -1;
        }
        int n = verb + 1;
        if (n < end && words.lemma(verb).equals("tell")) {
            while (n < end && (words.nominal(n) || words.pos(n).equals("PRP"))) {
                n++; // "told reporters", "told her"
            }
        }
        if (n >= end || !clauseStart(n)) {
            return -1;
        }
        for (int k = n + 1; k < end && k - n <= VERB_REACH; k++) {
            if (words.finite(k)) {
                return n;
            }
        }
        return -1;
    }

    private boolean clauseStart(int t) {
        String pos = words.pos(t);
        return pos.equals("PRP") || pos.equals("DT") || pos.startsWith("NN") || pos.equals("CD") || pos.equals("EX")
                || words.entity(t) >= 0;
    }
}
