package org.newsgraph.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number on a line of its own ("194", "1.2K", "12 comments"): a counter of views, shares or
 * comments. A number of the story always stands in a sentence.
 */
final class CounterLines implements LineRule {

    private static final Pattern COUNTER = Pattern.compile("\\d[\\d.,\\s]*[kmb]?\\+?(?: (\\p{L}+))?");

    private final Lexicon counted;

    CounterLines(Lexicon counted) {
        this.counted = counted;
    }

    @Override
    public void mark(PageText page, Marks marks) {
        for (int i = 0; i < page.size(); i++) {
            Matcher counter = COUNTER.matcher(page.line(i).key());
            if (counter.matches() && (counter.group(1) == null || counted.matches(counter.group(1)))) {
                marks.mark(i, Reason.COUNTER);
            }
        }
    }
}
