package org.newsgraph.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Token;
import org.newsgraph.model.VerbGroups;

/**
 * How far a trigger's clause reaches in its sentence, read without a parse: up to a word that
 * opens another clause (a boundary: "which", "since", ";") or another finite verb. A verb's
 * clause holds its own verb group ("has not met"). A noun's clause reaches further: on the left
 * through the verb that governs it ("attended the summit") to that verb's subject, on the right
 * through its predicate ("the visit became known on ...") or a relative clause right after it
 * ("the summit, which will be held in ..."). A participle after a comma reaches back over the
 * clause it adds to ("the quake struck the coast, killing ...").
 *
 * @param first      the first token of the trigger's own clause
 * @param last       the last token of the trigger's own clause
 * @param wideFirst  the first token of the clause with a noun's governing verb and its subject
 * @param wideLast   the last token with a noun's predicate or relative clause
 * @param boundary   the boundary word just before {@code first}, or -1
 * @param groups     the verb groups that say a noun's or verb's time: its own, its governor's,
 *                   its predicate's, and the verbs before it in its clause, as token ranges
 */
record Clause(int first, int last, int wideFirst, int wideLast, int boundary, List<int[]> groups) {

    private static final Set<String> FINITE = Set.of("MD", "VBD", "VBZ", "VBP");
    private static final Set<String> RELATIVES = Set.of("which", "that", "where", "when", "who");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");
    private static final Set<String> QUOTE_TAGS = Set.of("``", "''");
    /** At most this many prepositions between a verb and a noun it governs ("made comments at a press conference"). */
    private static final int GOVERNOR_PREPOSITIONS = 1;

    boolean holds(int token) {
        return first <= token && token <= last;
    }

    boolean widelyHolds(int token) {
        return wideFirst <= token && token <= wideLast;
    }

    /**
     * This clause cut at the nearest other trigger on each side of the trigger at {@code from..to}:
     * a place or a time past another trigger is told of that one ("the visit ... on the eve of the
     * meeting in X").
     */
    Clause cutAt(int from, int to, boolean[] triggers) {
        int lo = first;
        int wideLo = wideFirst;
        for (int i = from - 1; i >= wideFirst; i--) {
            if (triggers[i]) {
                lo = Math.max(first, i + 1);
                wideLo = i + 1;
                break;
            }
        }
        int hi = last;
        int wideHi = wideLast;
        for (int i = to + 1; i <= wideLast; i++) {
            if (triggers[i]) {
                hi = Math.min(last, i - 1);
                wideHi = i - 1;
                break;
            }
        }
        return new Clause(lo, hi, wideLo, wideHi, boundary, groups);
    }

    /** The clause of the trigger at tokens {@code from..to}, a noun's when {@code noun}. */
    static Clause of(List<Token> tokens, int from, int to, boolean noun, Set<String> boundaries) {
        int ownStart = noun ? from : VerbGroups.start(tokens, from);
        int ownEnd = noun ? to : VerbGroups.end(tokens, to);
        int first = ownStart;
        while (first > 0 && !stop(tokens, first - 1, boundaries)) {
            first--;
        }
        int last = ownEnd;
        while (last + 1 < tokens.size() && !stop(tokens, last + 1, boundaries)) {
            last++;
        }
        int boundary = first > 0 && boundary(tokens, first - 1, boundaries) ? first - 1 : -1;
        List<int[]> groups = new java.util.ArrayList<>();
        groups.add(new int[] {ownStart, ownEnd});
        verbsBetween(tokens, first, from - 1, groups);
        int wideFirst = first;
        int wideLast = last;
        if (!noun && boundary >= 0 && tokens.get(from).pos().equals("VBG") && tokens.get(boundary).pos().equals(",")) {
            // a participle after a comma tells more of the clause before it ("X struck Y, killing Z"):
            // its subject and the rest of that clause are the participle's too
            wideFirst = boundary;
            while (wideFirst > 0 && !boundary(tokens, wideFirst - 1, boundaries)) {
                wideFirst--;
            }
        }
        if (noun && first > 0 && finite(tokens.get(first - 1)) && governs(tokens, VerbGroups.end(tokens, first - 1) + 1, from)) {
            int start = VerbGroups.start(tokens, first - 1);
            groups.add(new int[] {start, VerbGroups.end(tokens, first - 1)});
            wideFirst = start;
            while (wideFirst > 0 && !stop(tokens, wideFirst - 1, boundaries)) {
                wideFirst--;
            }
        }
        if (noun && last + 1 < tokens.size()) {
            wideLast = predicateEnd(tokens, to, last, boundaries, groups);
        }
        return new Clause(first, last, wideFirst, wideLast, boundary, List.copyOf(groups));
    }

    /** Whether the words between a verb and a noun let the verb govern it: a noun phrase, at most one preposition. */
    private static boolean governs(List<Token> tokens, int from, int noun) {
        int prepositions = 0;
        for (int i = from; i < noun; i++) {
            String pos = tokens.get(i).pos();
            if (pos.equals(",")) {
                return false;
            }
            prepositions += pos.equals("IN") ? 1 : 0;
        }
        return prepositions <= GOVERNOR_PREPOSITIONS;
    }

    /** How far a noun's predicate or relative clause reaches; the noun's own clause end if it has none. */
    private static int predicateEnd(List<Token> tokens, int to, int last, Set<String> boundaries, List<int[]> groups) {
        int next = last + 1;
        boolean coordinated = COORDINATORS.contains(lower(tokens.get(last)));
        if (finite(tokens.get(next)) && !coordinated) {
            groups.add(new int[] {next, VerbGroups.end(tokens, next)});
            return reach(tokens, VerbGroups.end(tokens, next), boundaries);
        }
        int gap = next - to;
        if (gap <= 2 && RELATIVES.contains(lower(tokens.get(next))) && next + 1 < tokens.size()) {
            int verb = next + 1;
            while (verb < tokens.size() && !finite(tokens.get(verb)) && !stop(tokens, verb, boundaries)) {
                verb++;
            }
            if (verb < tokens.size() && finite(tokens.get(verb))) {
                groups.add(new int[] {verb, VerbGroups.end(tokens, verb)});
                return reach(tokens, VerbGroups.end(tokens, verb), boundaries);
            }
        }
        return last;
    }

    private static int reach(List<Token> tokens, int from, Set<String> boundaries) {
        int end = from;
        while (end + 1 < tokens.size() && !stop(tokens, end + 1, boundaries)) {
            end++;
        }
        return end;
    }

    private static void verbsBetween(List<Token> tokens, int from, int to, List<int[]> groups) {
        for (int i = from; i <= to; i++) {
            if (VerbGroups.isVerbal(tokens.get(i))) {
                int end = VerbGroups.end(tokens, i);
                groups.add(new int[] {i, Math.min(end, to)});
                i = end;
            }
        }
    }

    private static boolean stop(List<Token> tokens, int i, Set<String> boundaries) {
        return boundary(tokens, i, boundaries) || finite(tokens.get(i));
    }

    /**
     * A word that opens another clause, a quotation mark, a comma before a participle clause
     * ("..., giving a speech"), or a comma before "and", "but", "or" that joins another verb
     * ("..., and then headed to"), not another name of a list.
     */
    private static boolean boundary(List<Token> tokens, int i, Set<String> boundaries) {
        String word = lower(tokens.get(i));
        if (boundaries.contains(word) || QUOTE_TAGS.contains(tokens.get(i).pos())) {
            return true;
        }
        if (!word.equals(",") || i + 1 >= tokens.size()) {
            return false;
        }
        if (tokens.get(i + 1).pos().equals("VBG")) {
            return true; // "..., giving a speech": a clause of its own
        }
        if (!COORDINATORS.contains(lower(tokens.get(i + 1)))) {
            return false;
        }
        for (int k = i + 2; k < Math.min(tokens.size(), i + 5); k++) {
            if (VerbGroups.isVerbal(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean finite(Token token) {
        return FINITE.contains(token.pos());
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
