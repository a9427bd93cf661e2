package org.newsgraph.clean;

/** Lines that are, as a whole, a phrase of a lexicon of web furniture: prompts, navigation. */
final class LexiconLines implements LineRule {

    private final Lexicon lexicon;
    private final Reason reason;

    LexiconLines(Lexicon lexicon, Reason reason) {
        this.lexicon = lexicon;
        this.reason = reason;
    }

    @Override
    public void mark(PageText page, Marks marks) {
        for (int i = 0; i < page.size(); i++) {
            if (lexicon.matches(page.line(i).key())) {
                marks.mark(i, reason);
            }
        }
    }
}
