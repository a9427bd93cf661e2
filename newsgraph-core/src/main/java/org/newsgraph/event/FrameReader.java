package org.newsgraph.event;

import java.util.List;
import org.newsgraph.event.EventLexicon.Frame;
import org.newsgraph.event.EventLexicon.FrameCue;
import org.newsgraph.event.EventLexicon.Where;

/**
 * Reads whether a trigger's clause sets its event apart from the time the article reports: a
 * modal or a verb of planning in its verb groups ("will meet", "plans to visit"), a word before it
 * ("the upcoming summit", "their last meeting", "since the invasion"), a phrase after it ("the
 * meeting to be held"), the past perfect ("had agreed"), or a vague reference ("recently").
 */
final class FrameReader {

    private final List<FrameCue> cues;
    private final int window;

    FrameReader(List<FrameCue> cues, int window) {
        this.cues = cues;
        this.window = window;
    }

    /** The frame of a trigger at tokens {@code first..last} of a sentence, given its clause and time expressions. */
    Frame frame(Article article, int sentence, int first, int last, Clause clause) {
        for (Article.Dated d : article.dated(sentence)) {
            Frame f = Dates.frameOf(d.timex());
            if (f != Frame.NOW && clause.holds(d.first())) {
                return f;
            }
        }
        for (int[] group : clause.groups()) {
            Frame f = inGroup(article, sentence, group, first);
            if (f != Frame.NOW) {
                return f;
            }
        }
        if (clause.boundary() >= 0) { // "since the start of the full-scale invasion": the whole phrase
            Frame opener = phraseAt(article, sentence, clause.boundary(), Where.BEFORE);
            if (opener != Frame.NOW) {
                return opener;
            }
        }
        int from = Math.max(clause.boundary() >= 0 ? clause.boundary() : clause.first(), first - window);
        Frame before = phraseIn(article, sentence, from, first - 1, Where.BEFORE);
        if (before != Frame.NOW) {
            return before;
        }
        int size = article.tokens(sentence).size();
        for (int start = last + 1; start <= Math.min(last + 2, size - 1); start++) {
            Frame after = phraseAt(article, sentence, start, Where.AFTER);
            if (after != Frame.NOW) {
                return after;
            }
        }
        return Frame.NOW;
    }

    /** A cue of the group kind in a verb group, or the past perfect ("had met", "had agreed"). */
    private Frame inGroup(Article article, int sentence, int[] group, int trigger) {
        boolean had = false;
        for (int i = group[0]; i <= group[1]; i++) {
            if (i == trigger) {
                continue;
            }
            Frame f = phraseAt(article, sentence, i, Where.GROUP);
            if (f != Frame.NOW) {
                return f;
            }
            had |= article.tokens(sentence).get(i).text().equalsIgnoreCase("had");
        }
        if (had) {
            for (int i = group[0]; i <= group[1]; i++) {
                if (article.tokens(sentence).get(i).pos().equals("VBN")) {
                    return Frame.PAST;
                }
            }
        }
        return Frame.NOW;
    }

    private Frame phraseIn(Article article, int sentence, int from, int to, Where where) {
        for (int i = Math.max(0, from); i <= to; i++) {
            Frame f = phraseAt(article, sentence, i, where);
            if (f != Frame.NOW) {
                return f;
            }
        }
        return Frame.NOW;
    }

    private Frame phraseAt(Article article, int sentence, int at, Where where) {
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
                return cue.frame();
            }
        }
        return Frame.NOW;
    }
}
