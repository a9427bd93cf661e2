package org.newsgraph.clean;

/**
 * Teaser boxes that print a title, maybe a one-word section label, then the title again cut
 * short with an ellipsis. Only a copy of a line just above is cut short like that, so the
 * copy, its original and the labels between them are all teaser, with or without a heading.
 */
final class TruncatedCopies implements LineRule {

    /** How far above the cut copy its original may stand. */
    private static final int LOOK_BACK = 4;
    /** A cut copy this short could start many lines: it proves nothing. */
    private static final int MIN_STEM_WORDS = 3;
    /** Section labels between title and copy ("War", "World news") are this short. */
    private static final int MAX_LABEL_WORDS = 3;

    @Override
    public void mark(PageText page, Marks marks) {
        for (int i = 0; i < page.size(); i++) {
            Line line = page.line(i);
            if (line.truncated()) {
                String stem = stem(line.text());
                if (Line.wordsIn(stem) >= MIN_STEM_WORDS) {
                    markWithOriginal(page, marks, i, stem);
                }
            }
        }
    }

    private static void markWithOriginal(PageText page, Marks marks, int copy, String stem) {
        for (int j = copy - 1; j >= Math.max(0, copy - LOOK_BACK); j--) {
            String original = page.line(j).text();
            if (original.length() > stem.length() && original.startsWith(stem)) {
                markBlock(page, marks, j, copy);
                return;
            }
        }
    }

    private static void markBlock(PageText page, Marks marks, int original, int copy) {
        marks.mark(original, Reason.TEASER);
        for (int k = original + 1; k < copy; k++) {
            Line between = page.line(k);
            if (between.words() <= MAX_LABEL_WORDS && between.titleLike(MAX_LABEL_WORDS)) {
                marks.mark(k, Reason.TEASER);
            }
        }
        marks.mark(copy, Reason.TEASER);
    }

    /** The line without its ellipsis and the space before it. */
    private static String stem(String text) {
        String stem = text.stripTrailing();
        stem = stem.endsWith("...") ? stem.substring(0, stem.length() - 3) : stem.substring(0, stem.length() - 1);
        return stem.stripTrailing();
    }
}
