package org.newsgraph.clean;

/**
 * Lists of other stories: a heading such as "Related" or "Read more", then the bulleted,
 * title-like or truncated lines after it. The list ends at the first line shaped as a sentence,
 * so that the story it interrupts goes on. "Read more: A title" on one line is a teaser too.
 */
final class TeaserBlocks implements LineRule {

    private final Lexicon headings;
    private final int maxTitleWords;

    TeaserBlocks(Lexicon headings, int maxTitleWords) {
        this.headings = headings;
        this.maxTitleWords = maxTitleWords;
    }

    @Override
    public void mark(PageText page, Marks marks) {
        int i = 0;
        while (i < page.size()) {
            Line line = page.line(i);
            if (headings.matches(line.key())) {
                marks.mark(i, Reason.TEASER);
                i = markItems(page, marks, i + 1);
            } else {
                if (headings.introduces(line.key()) && line.titleLike(maxTitleWords)) {
                    marks.mark(i, Reason.TEASER);
                }
                i++;
            }
        }
    }

    /** Marks the items from {@code from} on and gives the line after the last one. */
    private int markItems(PageText page, Marks marks, int from) {
        int i = from;
        while (i < page.size() && isItem(page.line(i))) {
            marks.mark(i, Reason.TEASER);
            i++;
        }
        return i;
    }

    private boolean isItem(Line line) {
        return line.isBullet() || line.truncated() || line.titleLike(maxTitleWords);
    }
}
