package org.newsgraph.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.newsgraph.search.SearchResult.Mark;
import org.newsgraph.search.SearchResult.Snippet;

/**
 * The highlighter's passages as a plain snippet with match offsets, never markup: the passages
 * (sentences) in text order joined by " … ", each cut to a window around its first match when
 * long, line breaks as spaces; matches apart by white space only (the words of a phrase) are one mark.
 */
final class SnippetFormatter extends PassageFormatter {

    static final int MAX_PASSAGE = 240;
    private static final int BEFORE_MATCH = 80;
    private static final String GAP = " … ";

    @Override
    public Snippet format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        for (Passage passage : passages) {
            if (!text.isEmpty()) {
                text.append(GAP);
            }
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            if (end - start > MAX_PASSAGE) {
                int first = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
                start = Math.max(start, Math.min(first - BEFORE_MATCH, end - MAX_PASSAGE));
                end = Math.min(end, start + MAX_PASSAGE);
            }
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            int base = text.length() - start;
            int lastEnd = start;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int ms = Math.max(passage.getMatchStarts()[i], lastEnd);
                int me = Math.min(passage.getMatchEnds()[i], end);
                if (ms >= me) {
                    continue;
                }
                Mark previous = marks.isEmpty() ? null : marks.get(marks.size() - 1);
                if (previous != null && previous.end() - base >= start && content.substring(lastEnd, ms).isBlank()) {
                    marks.set(marks.size() - 1, new Mark(previous.start(), base + me)); // a phrase: one mark
                } else {
                    marks.add(new Mark(base + ms, base + me));
                }
                lastEnd = me;
            }
            text.append(content, start, end);
        }
        String plain = text.toString().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return new Snippet(plain, marks);
    }

    /** A snippet of a text nothing of the query matched in: its start. */
    static Snippet lead(String content) {
        int end = Math.min(content.length(), MAX_PASSAGE);
        if (end < content.length() && Character.isHighSurrogate(content.charAt(end - 1))) {
            end--;
        }
        String cut = end < content.length() ? content.substring(0, end) + "…" : content;
        return new Snippet(cut.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '), List.of());
    }
}
