package org.newsgraph.temporal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Token;
import org.newsgraph.model.VerbGroups;

/**
 * Reads the tense of the clause a time expression modifies from the verb group nearest to it:
 * first looking back (the verb a time adverbial follows, "arrived in Brussels on Wednesday"),
 * then ahead ("On Thursday, ministers will decide"), within a few tokens, since the verb that
 * governs an adverbial stands close to it and a verb far away belongs to another clause.
 */
final class TenseReader {

    /** Tokens searched on each side; past this a verb rarely governs the expression. */
    static final int WINDOW = 10;
    private static final Set<String> FINITE = Set.of("MD", "VBD", "VBZ", "VBP");
    private static final Set<String> BACKWARD_STOPS = Set.of(";", ":", "\"", "“", "”", "``", "''", "(", ")");

    /** Words before an expression that put it in the past whatever the verb: "the best week since November". */
    private static final Set<String> PAST_PREPOSITIONS = Set.of("since");

    private final TimeWords words;

    TenseReader(TimeWords words) {
        this.words = words;
    }

    /** The tense for the expression over tokens {@code first..last} (inclusive) of one sentence. */
    Tense tenseAround(List<Token> tokens, int first, int last) {
        if (PAST_PREPOSITIONS.contains(lower(tokens.get(first).text()))
                || first > 0 && PAST_PREPOSITIONS.contains(lower(tokens.get(first - 1).text()))) {
            return Tense.PAST;
        }
        if (last + 1 < tokens.size() && FINITE.contains(tokens.get(last + 1).pos())) {
            // the expression ends a subject ("the summit in July could be historic"): its verb follows
            Optional<Tense> subjectOf = groupTense(tokens, last + 1);
            if (subjectOf.isPresent()) {
                return subjectOf.get();
            }
        }
        for (int i = first - 1; i >= Math.max(0, first - WINDOW); i--) {
            if (BACKWARD_STOPS.contains(tokens.get(i).text())) {
                break;
            }
            if (VerbGroups.isVerbal(tokens.get(i))) {
                Optional<Tense> tense = groupTense(tokens, i);
                if (tense.isPresent()) {
                    return tense.get();
                }
                i = VerbGroups.start(tokens, i);
            }
        }
        for (int i = last + 1; i < Math.min(tokens.size(), last + 1 + WINDOW); i++) {
            if (tokens.get(i).text().equals(";")) {
                break;
            }
            if (VerbGroups.isVerbal(tokens.get(i))) {
                Optional<Tense> tense = groupTense(tokens, i);
                if (tense.isPresent()) {
                    return tense.get();
                }
                i = VerbGroups.end(tokens, i);
            }
        }
        return Tense.NONE;
    }

    /**
     * The tense of the verb group holding token {@code at}, or empty when the group has no finite
     * verb to say it ("meeting", "to meet"). A modal of the future, or a present "is to", "plans
     * to", "is expected to", makes it FUTURE; a past head makes the group PAST, a present perfect
     * too; a present head PRESENT; another modal says nothing sure (NONE).
     */
    Optional<Tense> groupTense(List<Token> tokens, int at) {
        int start = VerbGroups.start(tokens, at);
        int end = VerbGroups.end(tokens, at);
        Token head = null;
        for (int i = start; i <= end; i++) {
            Token t = tokens.get(i);
            if (t.pos().equals("MD")) {
                return Optional.of(words.futureModals.contains(lower(t.text())) || words.futureModals.contains(lower(t.lemma()))
                        ? Tense.FUTURE : Tense.NONE);
            }
            if (t.pos().equals("TO") && i > start && words.futureHeads.contains(lower(tokens.get(i - 1).lemma()))) {
                return Optional.of(pastBefore(tokens, start, i) ? Tense.NONE : Tense.FUTURE);
            }
            if (head == null && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
                head = t;
            }
        }
        if (head == null) {
            return participle(tokens, start, end);
        }
        if (head.pos().equals("VBD")) {
            return Optional.of(Tense.PAST);
        }
        boolean perfect = lower(head.lemma()).equals("have") && anyPos(tokens, start, end, "VBN");
        return Optional.of(perfect ? Tense.PAST : Tense.PRESENT);
    }

    /** A group of a participle alone: "the talks held on Tuesday" PAST, "the meeting scheduled for Friday" FUTURE. */
    private Optional<Tense> participle(List<Token> tokens, int start, int end) {
        for (int i = start; i <= end; i++) {
            if (tokens.get(i).pos().equals("VBN")) {
                return Optional.of(words.futureHeads.contains(lower(tokens.get(i).lemma())) ? Tense.FUTURE : Tense.PAST);
            }
        }
        return Optional.empty();
    }

    private static boolean pastBefore(List<Token> tokens, int start, int end) {
        return anyPos(tokens, start, end - 1, "VBD");
    }

    private static boolean anyPos(List<Token> tokens, int start, int end, String pos) {
        for (int i = start; i <= end; i++) {
            if (tokens.get(i).pos().equals(pos)) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
