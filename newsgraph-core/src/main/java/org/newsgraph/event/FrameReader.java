package org.newsgraph.event;

import java.util.List;
import org.newsgraph.event.EventLexicon.Frame;
import org.newsgraph.event.EventLexicon.FrameCue;
import org.newsgraph.event.EventLexicon.Where;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Reads whether a trigger's clause sets its event apart from the time the article reports: a
 * modal or a verb of planning in its verb groups ("will meet", "plans to visit"), a word before it
 * ("the upcoming summit", "their last meeting", "since the invasion"), a phrase after it ("the
 * meeting to be held"), the past perfect ("had agreed"), or a vague reference ("recently"); and
 * which words do, so that a reader can be told.
 */
final class FrameReader {

    /** How many words may stand between a cue and its trigger for the words shown to take in the trigger. */
    private static final int SHOWN_GAP = 2;

    /**
     * A frame and the words that set it: the cue or vague time expression, with the trigger when
     * they stand near each other ("will meet", "had met", "last meeting", "recently met"); null for
     * {@link Frame#NOW}.
     */
    record Reading(Frame frame, Span words) {

        static final Reading NOW = new Reading(Frame.NOW, null);
    }

    private final List<FrameCue> cues;
    private final int window;

    FrameReader(List<FrameCue> cues, int window) {
        this.cues = cues;
        this.window = window;
    }

    /** The frame of a trigger at tokens {@code first..last} of a sentence, given its clause and time expressions. */
    Reading frame(Article article, int sentence, int first, int last, Clause clause) {
        Trigger trigger = new Trigger(article, sentence, first, last);
        for (Article.Dated d : article.dated(sentence)) {
            Frame f = Dates.frameOf(d.timex());
            if (f != Frame.NOW && clause.holds(d.first())) {
                return trigger.reading(f, d.first(), d.last());
            }
        }
        for (int[] group : clause.groups()) {
            Reading r = inGroup(trigger, group);
            if (r != Reading.NOW) {
                return r;
            }
        }
        if (clause.boundary() >= 0) { // "since the start of the full-scale invasion": the whole phrase
            Reading opener = phraseAt(trigger, clause.boundary(), Where.BEFORE);
            if (opener != Reading.NOW) {
                return opener;
            }
        }
        int from = Math.max(clause.boundary() >= 0 ? clause.boundary() : clause.first(), first - window);
        Reading before = phraseIn(trigger, from, first - 1, Where.BEFORE);
        if (before != Reading.NOW) {
            return before;
        }
        int size = article.tokens(sentence).size();
        for (int start = last + 1; start <= Math.min(last + 2, size - 1); start++) {
            Reading after = phraseAt(trigger, start, Where.AFTER);
            if (after != Reading.NOW) {
                return after;
            }
        }
        return Reading.NOW;
    }

    /** A cue of the group kind in a verb group, or the past perfect ("had met", "had agreed"). */
    private Reading inGroup(Trigger trigger, int[] group) {
        List<Token> tokens = trigger.article.tokens(trigger.sentence);
        int had = -1;
        for (int i = group[0]; i <= group[1]; i++) {
            if (i == trigger.first) {
                continue;
            }
            Reading r = phraseAt(trigger, i, Where.GROUP);
            if (r != Reading.NOW) {
                return r;
            }
            had = had < 0 && tokens.get(i).text().equalsIgnoreCase("had") ? i : had;
        }
        if (had >= 0) {
            for (int i = group[0]; i <= group[1]; i++) {
                if (tokens.get(i).pos().equals("VBN")) {
                    return trigger.reading(Frame.PAST, Math.min(had, i), Math.max(had, i));
                }
            }
        }
        return Reading.NOW;
    }

    private Reading phraseIn(Trigger trigger, int from, int to, Where where) {
        for (int i = Math.max(0, from); i <= to; i++) {
            Reading r = phraseAt(trigger, i, where);
            if (r != Reading.NOW) {
                return r;
            }
        }
        return Reading.NOW;
    }

    private Reading phraseAt(Trigger trigger, int at, Where where) {
        Article article = trigger.article;
        int sentence = trigger.sentence;
        int size = article.tokens(sentence).size();
        for (FrameCue cue : cues) {
            if (cue.where() != where || at + cue.words().size() > size) {
                continue;
            }
            boolean all = !article.timeWord(sentence, at);
            for (int k = 0; k < cue.words().size() && all; k++) {
                all = article.lemmas(sentence, at + k).contains(cue.words().get(k));
            }
            if (all) {
                return trigger.reading(cue.frame(), at, at + cue.words().size() - 1);
            }
        }
        return Reading.NOW;
    }

    /** The trigger at tokens {@code first..last} of a sentence. */
    private record Trigger(Article article, int sentence, int first, int last) {

        /** The frame a cue at tokens {@code from..to} sets, with the words to show for it. */
        Reading reading(Frame frame, int from, int to) {
            int gap = Math.max(from, first) - Math.min(to, last) - 1;
            return gap <= SHOWN_GAP
                    ? new Reading(frame, article.span(sentence, Math.min(from, first), Math.max(to, last)))
                    : new Reading(frame, article.span(sentence, from, to));
        }
    }
}
