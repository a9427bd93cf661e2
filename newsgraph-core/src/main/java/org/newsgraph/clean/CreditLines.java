package org.newsgraph.clean;

import java.util.regex.Pattern;

/**
 * A picture's credit on a line of its own: names joined by a slash or a bar ("Anna Lindqvist
 * / Reuters", "JOHN DOE | AFP"), or a line a credit pattern of the language starts ("Photo: ...", "©").
 */
final class CreditLines implements LineRule {

    /** A credit is a few names; a longer line is something else. */
    private static final int MAX_WORDS = 12;
    private static final int MAX_NAME_WORDS = 5;
    private static final Pattern JOINT = Pattern.compile("\\s*[/|]\\s*");

    private final PatternList credits;
    private final NameShape names;

    CreditLines(PatternList credits, NameShape names) {
        this.credits = credits;
        this.names = names;
    }

    @Override
    public void mark(PageText page, Marks marks) {
        for (int i = 0; i < page.size(); i++) {
            Line line = page.line(i);
            if (line.words() <= MAX_WORDS && (credits.foundIn(line.text()) || isJointNames(line))) {
                marks.mark(i, Reason.CREDIT);
            }
        }
    }

    /** Names joined by a slash or a bar; a number makes it a date ("20 January 2019 | ...") instead. */
    private boolean isJointNames(Line line) {
        if (line.endsSentence() || line.text().contains("://") || line.text().contains("www.")) {
            return false;
        }
        String[] parts = JOINT.split(line.text(), -1);
        if (parts.length < 2 || parts.length > 3) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || part.chars().anyMatch(Character::isDigit) || !names.isName(part, MAX_NAME_WORDS)) {
                return false;
            }
        }
        return true;
    }
}
