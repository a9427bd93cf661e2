package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Document;

/**
 * An article's tokens in one list, each with its sentence, the entity whose mention covers it
 * (-1 for none) and whether it lies between quotation marks. Indices are token positions.
 */
final class QuoteTokens {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<LocalEntity> entities;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final int[] entity;
    private final int[] mentionStart;
    private final boolean[] quoted;

    QuoteTokens(Document document) {
        this.text = document.text();
        this.entities = document.entities();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (Sentence s : document.nlp().sentences()) {
            int first = tokens.size();
            tokens.addAll(s.tokens());
            for (int i = first; i < tokens.size(); i++) {
                starts.add(first);
                ends.add(tokens.size());
            }
        }
        sentenceStart = starts.stream().mapToInt(Integer::intValue).toArray();
        sentenceEnd = ends.stream().mapToInt(Integer::intValue).toArray();
        entity = new int[tokens.size()];
        mentionStart = new int[tokens.size()];
        Arrays.fill(entity, -1);
        Arrays.fill(mentionStart, -1);
        quoted = new boolean[tokens.size()];
        markMentions();
    }

    /** The longest mention covering a token wins it. */
    private void markMentions() {
        int[] length = new int[tokens.size()];
        for (int e = 0; e < entities.size(); e++) {
            for (Mention m : entities.get(e).mentions()) {
                int first = firstAtOrAfter(m.span().start());
                for (int t = first; t < tokens.size() && start(t) < m.span().end(); t++) {
                    if (m.span().length() > length[t]) {
                        entity[t] = e;
                        length[t] = m.span().length();
                        mentionStart[t] = first;
                    }
                }
            }
        }
    }

    /** Marks the tokens inside a quote's outer span (its marks included). */
    void markQuoted(Span outer) {
        for (int t = firstAtOrAfter(outer.start()); t < tokens.size() && start(t) < outer.end(); t++) {
            quoted[t] = true;
        }
    }

    int size() {
        return tokens.size();
    }

    String text() {
        return text;
    }

    List<LocalEntity> entities() {
        return entities;
    }

    /** The first token starting at or after a character offset ({@link #size()} when none). */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int start(int t) {
        return tokens.get(t).span().start();
    }

    int end(int t) {
        return tokens.get(t).span().end();
    }

    Span span(int first, int last) {
        return new Span(start(first), end(last));
    }

    String lower(int t) {
        return tokens.get(t).text().toLowerCase(Locale.ROOT);
    }

    String lemma(int t) {
        String lemma = tokens.get(t).lemma();
        return (lemma == null ? tokens.get(t).text() : lemma).toLowerCase(Locale.ROOT);
    }

    String pos(int t) {
        String pos = tokens.get(t).pos();
        return pos == null ? "" : pos;
    }

    boolean verb(int t) {
        return pos(t).startsWith("VB");
    }

    /** A finite verb or modal: one that makes a clause. */
    boolean finite(int t) {
        return pos(t).equals("VBD") || pos(t).equals("VBZ") || pos(t).equals("VBP") || pos(t).equals("MD");
    }

    boolean adverb(int t) {
        return pos(t).startsWith("RB");
    }

    boolean comma(int t) {
        return tokens.get(t).text().equals(",");
    }

    /** A token that may be part of a noun phrase: nouns, adjectives, determiners, possessives, numbers. */
    boolean nominal(int t) {
        String p = pos(t);
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("POS") || p.equals("PRP$")
                || p.equals("CD") || p.equals("HYPH") || entity[t] >= 0;
    }

    boolean possessive(int t) {
        return pos(t).equals("POS") || lower(t).equals("'s") || lower(t).equals("’s");
    }

    /** A quotation mark token, as the annotator tags it or as written. */
    boolean quoteMark(int t, QuoteLexicon lexicon) {
        String word = tokens.get(t).text();
        return pos(t).equals("``") || pos(t).equals("''")
                || (word.length() == 1 && lexicon.quoteMarks().contains(word.charAt(0)));
    }

    boolean quoted(int t) {
        return quoted[t];
    }

    int entity(int t) {
        return entity[t];
    }

    /** The first token of the mention that covers {@code t}, or -1. */
    int mentionStart(int t) {
        return mentionStart[t];
    }

    EntityType type(int e) {
        return entities.get(e).type();
    }

    int sentenceStart(int t) {
        return sentenceStart[t];
    }

    int sentenceEnd(int t) {
        return sentenceEnd[t];
    }

    boolean sameSentence(int a, int b) {
        return sentenceStart[a] == sentenceStart[b];
    }
}
