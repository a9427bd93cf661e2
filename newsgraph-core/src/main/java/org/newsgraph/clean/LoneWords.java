package org.newsgraph.clean;

import java.util.EnumSet;
import java.util.Set;

/**
 * A single word on a line of its own, without a stop: a section label or a menu item ("World",
 * "Sport"). No sentence of a story is one bare word; a one-word answer has its stop, and a
 * speaker's name before a colon stays.
 */
final class LoneWords implements LineRule {

    private static final String OPENERS = "\"'\u201C\u2018(\u00AB";
    /** Longer than any label: a sentence glued to something, or a long compound. */
    private static final int MAX_LABEL_CHARS = 20;
    private static final Set<Character.UnicodeScript> UNSPACED = EnumSet.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI,
            Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);

    @Override
    public void mark(PageText page, Marks marks) {
        for (int i = 0; i < page.size(); i++) {
            Line line = page.line(i);
            if (isLoneWord(line)) {
                marks.mark(i, Reason.NAVIGATION);
            }
        }
    }

    private static boolean isLoneWord(Line line) {
        return line.words() == 1 && line.tokens().size() == 1 && line.text().length() <= MAX_LABEL_CHARS
                && isLetters(line.tokens().get(0))
                && !line.endsSentence() && !line.endsWithColon() && !line.truncated()
                && OPENERS.indexOf(line.text().charAt(0)) < 0;
    }

    /** Letters of a script that puts spaces between words: elsewhere one "word" may be a sentence. */
    private static boolean isLetters(String token) {
        return token.codePoints().allMatch(c -> Character.isLetter(c) && !UNSPACED.contains(Character.UnicodeScript.of(c)));
    }
}
