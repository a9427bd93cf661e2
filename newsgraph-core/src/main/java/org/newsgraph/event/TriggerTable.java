package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The phrases that name events, by their first lemma, longest first. A phrase of type null names
 * no event and only keeps shorter phrases from matching where it stands ("call for").
 */
public final class TriggerTable {

    /** Any one word, inside a phrase. */
    static final String ANY = "_";

    /** Which part of speech a phrase's first word must have. */
    public enum Pos { VERB, NOUN, ANY }

    /**
     * One phrase: its lemmas, the type it names (null for none), its first word's part of speech,
     * and the context its sentence must show for it to name the event (null: none needed).
     */
    public record Phrase(List<String> words, String type, Pos pos, Context context) {

        public Phrase {
            words = List.copyOf(words);
        }

        public Phrase(List<String> words, String type, Pos pos) {
            this(words, type, pos, null);
        }
    }

    /**
     * The words of a field ("sport"), one of which a sentence must hold for a phrase that names an
     * event only in that field ("win" a match, not a war): lemmas, and with {@code scores} also a
     * score ("31-24", "65 - 53").
     */
    public record Context(String name, Set<String> words, boolean scores) {

        private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-\u2013]\\d{1,3}");
        private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
        private static final Pattern DASH = Pattern.compile("[-\u2013]");

        public Context {
            words = Set.copyOf(words);
        }

        /** Whether a run of {@code size} words, given each word's lemma candidates and text, shows it. */
        boolean shownBy(int size, IntFunction<List<String>> lemmas, IntFunction<String> text) {
            for (int i = 0; i < size; i++) {
                if (lemmas.apply(i).stream().anyMatch(words::contains)) {
                    return true;
                }
                if (scores && scoreAt(i, size, text)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a score starts at word {@code i}: one word ("31-24") or three ("65", "-", "53"). */
        private static boolean scoreAt(int i, int size, IntFunction<String> text) {
            if (SCORE.matcher(text.apply(i)).matches()) {
                return true;
            }
            return i + 2 < size && NUMBER.matcher(text.apply(i)).matches() && DASH.matcher(text.apply(i + 1)).matches()
                    && NUMBER.matcher(text.apply(i + 2)).matches();
        }
    }

    /** A phrase found at words {@code first..last} (inclusive). */
    record Match(int first, int last, Phrase phrase) {}

    private final Map<String, List<Phrase>> byFirst = new HashMap<>();

    public TriggerTable(List<Phrase> phrases) {
        for (Phrase p : phrases) {
            if (p.words().isEmpty() || p.words().get(0).equals(ANY) || p.words().get(p.words().size() - 1).equals(ANY)) {
                throw new IllegalArgumentException("a phrase must start and end with a word: " + p.words());
            }
            byFirst.computeIfAbsent(p.words().get(0), w -> new ArrayList<>()).add(p);
        }
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase p) -> -p.words().size())));
    }

    /**
     * The longest phrase starting at word {@code at} of {@code size} words, given each word's
     * lemma candidates and whether it may start a phrase of a part of speech; null when none.
     */
    Match longestAt(int at, int size, IntFunction<List<String>> lemmas, PosTest pos) {
        for (String first : lemmas.apply(at)) {
            for (Phrase p : byFirst.getOrDefault(first, List.of())) {
                if (at + p.words().size() <= size && pos.fits(at, p.pos()) && rest(p, at, lemmas)) {
                    return new Match(at, at + p.words().size() - 1, p);
                }
            }
        }
        return null;
    }

    /**
     * Every match of a run of words, left to right, a matched phrase's words not read again, but for
     * phrases whose context the run does not show.
     */
    List<Match> find(int size, IntFunction<List<String>> lemmas, IntFunction<String> text, PosTest pos,
            IntPredicate skip) {
        List<Match> found = new ArrayList<>();
        Map<Context, Boolean> shown = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (skip.test(i)) {
                continue;
            }
            Match m = longestAt(i, size, lemmas, pos);
            if (m != null) {
                Context context = m.phrase().context();
                if (context == null || shown.computeIfAbsent(context, c -> c.shownBy(size, lemmas, text))) {
                    found.add(m);
                }
                i = m.last();
            }
        }
        return found;
    }

    /** The types of every phrase of exactly these words, whatever part of speech it needs. */
    List<String> typesOf(List<String> words) {
        return byFirst.getOrDefault(words.get(0), List.of()).stream()
                .filter(p -> p.words().equals(words) && p.type() != null).map(Phrase::type).distinct().toList();
    }

    private static boolean rest(Phrase p, int at, IntFunction<List<String>> lemmas) {
        for (int k = 1; k < p.words().size(); k++) {
            String w = p.words().get(k);
            if (!w.equals(ANY) && !lemmas.apply(at + k).contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether word {@code at} may start a phrase whose first word has part of speech {@code pos}. */
    @FunctionalInterface
    interface PosTest {
        boolean fits(int at, Pos pos);
    }
}
