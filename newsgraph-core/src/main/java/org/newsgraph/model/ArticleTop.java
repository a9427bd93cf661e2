package org.newsgraph.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The top of an article, where datelines, date lines and bylines stand: its non-blank lines from
 * the start, up to and including the first paragraph of the story, and at most {@code topLines}
 * lines before it. The cleaner's dateline reader and the publication dater read the same top.
 *
 * @param topLines       how many non-blank lines before the first paragraph are read at most
 * @param paragraphWords a line of this many words or more is a paragraph of the story: the top
 *                       ends with it
 */
public record ArticleTop(int topLines, int paragraphWords) {

    /**
     * A line of the top.
     *
     * @param start     where the line starts in the text, leading white space included
     * @param end       where it ends, before its line break
     * @param head      where its first word starts
     * @param text      the line without its surrounding white space
     * @param paragraph whether it is the story's first paragraph, the top's last line
     */
    public record Line(int start, int end, int head, String text, boolean paragraph) {

        /** Whether the text's character at this offset lies on the line. */
        public boolean holds(int offset) {
            return start <= offset && offset < end;
        }
    }

    public ArticleTop {
        if (topLines < 1 || paragraphWords < 2) {
            throw new IllegalArgumentException("the top needs a line, a paragraph two words: " + topLines + ", "
                    + paragraphWords);
        }
    }

    /** Six lines, and paragraphs of 25 words. */
    public static ArticleTop defaults() {
        return new ArticleTop(6, 25);
    }

    /** The top's lines, in text order. */
    public List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int seen = 0;
        int from = 0;
        while (from < text.length() && seen < topLines) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            String raw = text.substring(from, end);
            String line = raw.strip();
            if (!line.isEmpty()) {
                boolean paragraph = line.split("\\s+").length >= paragraphWords;
                int head = from + raw.length() - raw.stripLeading().length();
                lines.add(new Line(from, end, head, line, paragraph));
                if (paragraph) {
                    break;
                }
                seen++;
            }
            from = end + 1;
        }
        return lines;
    }
}
