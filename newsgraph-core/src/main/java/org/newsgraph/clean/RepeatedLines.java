package org.newsgraph.clean;

import java.util.HashMap;
import java.util.Map;

/**
 * Names printed more than once on a page, each on a line of its own: the outlet's masthead at
 * the top and the bottom, a section's name, a byline box. Every copy goes, and a copy shaped as
 * an outlet's name is marked as the masthead. Other short lines that repeat may be structure
 * (the steps of a list, the speakers of an interview) and are left to the paragraph rule,
 * which keeps their first copy.
 */
final class RepeatedLines implements LineRule {

    private final NameShape names;
    private final OutletNames outlets;
    private final int maxWords;
    private final int maxCopies;

    RepeatedLines(NameShape names, OutletNames outlets, CleanerConfig config) {
        this.names = names;
        this.outlets = outlets;
        this.maxWords = config.maxRepeatedLineWords();
        this.maxCopies = config.maxCopies();
    }

    @Override
    public void mark(PageText page, Marks marks) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : page.lines()) {
            if (isName(line)) {
                counts.merge(line.key(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < page.size(); i++) {
            Line line = page.line(i);
            if (isName(line) && counts.get(line.key()) > 1 && counts.get(line.key()) <= maxCopies) {
                marks.mark(i, outlets.fromMasthead(line.text()).isPresent() ? Reason.MASTHEAD : Reason.REPEATED_LINE);
            }
        }
    }

    private boolean isName(Line line) {
        return !line.key().isEmpty() && !line.endsSentence() && line.words() <= maxWords
                && names.isName(line.text(), maxWords);
    }
}
