package org.newsgraph.clean;

/**
 * A picture's caption: a line without a closing full stop that carries a mark only captions
 * carry, such as where people stand ("(L)", "(2nd R)"). A caption written as a full sentence is
 * kept: it could be the story's, and losing a sentence is worse than keeping a caption.
 */
final class CaptionLines implements LineRule {

    private static final int MAX_WORDS = 40;

    private final PatternList captions;

    CaptionLines(PatternList captions) {
        this.captions = captions;
    }

    @Override
    public void mark(PageText page, Marks marks) {
        for (int i = 0; i < page.size(); i++) {
            Line line = page.line(i);
            if (!line.endsWithFullStop() && line.words() <= MAX_WORDS && captions.foundIn(line.text())) {
                marks.mark(i, Reason.CAPTION);
            }
        }
    }
}
