package org.newsgraph.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The title printed again in the body, alone or joined to a section path or the outlet's name
 * ("World — Title", "Title | Outlet"). Compared by words, so case and punctuation do not count.
 */
final class RepeatedHeadlines implements LineRule {

    /** A title this short ("News") would match section labels, not headlines. */
    private static final int MIN_TITLE_TOKENS = 3;
    /** A section path or an outlet's name beside the title is this short. */
    private static final int MAX_BESIDE_TOKENS = 6;
    private static final Pattern JOINTS = Pattern.compile("\\s+[\u2014\u2013\\-|/>\u00BB\u203A:]+\\s+|:\\s+");

    @Override
    public void mark(PageText page, Marks marks) {
        List<String> title = page.title() == null ? List.of() : new Line(page.title(), 0).tokens();
        if (title.size() < MIN_TITLE_TOKENS) {
            return;
        }
        for (int i = 0; i < page.size(); i++) {
            Line line = page.line(i);
            if (line.tokens().equals(title) || isJoinedToTitle(line.text(), title)) {
                marks.mark(i, Reason.REPEATED_HEADLINE);
            }
        }
    }

    /** Whether one side of a joint in the line is the title and the other side is short. */
    private static boolean isJoinedToTitle(String text, List<String> title) {
        var joints = JOINTS.matcher(text);
        while (joints.find()) {
            List<String> before = new Line(text.substring(0, joints.start()), 0).tokens();
            List<String> after = new Line(text.substring(joints.end()), 0).tokens();
            if (after.equals(title) && before.size() <= MAX_BESIDE_TOKENS
                    || before.equals(title) && after.size() <= MAX_BESIDE_TOKENS) {
                return true;
            }
        }
        return false;
    }
}
