package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One non-blank line of a text, with the shape the rules read: its words, how it ends, whether
 * it is a bullet. A line is the unit of removal: the normalised text holds a paragraph a line.
 */
final class Line {

    private static final String CLOSERS = "\"'\u201D\u2019)]\u00BB";
    private static final String BULLETS = "*\u2022\u00B7\u25AA\u25BA\u25B8\u2013-";

    private final String text;
    private final int paragraph;
    private final String key;
    private final List<String> tokens;
    private final int words;

    Line(String text, int paragraph) {
        this.text = text;
        this.paragraph = paragraph;
        this.key = Lexicon.key(text);
        this.tokens = tokens(text);
        this.words = wordsIn(text);
    }

    String text() {
        return text;
    }

    /** Lines of one paragraph share the number; a blank line starts the next. */
    int paragraph() {
        return paragraph;
    }

    /** The line as lexicons compare it: see {@link Lexicon#key}. */
    String key() {
        return key;
    }

    /** The lower-case runs of letters and digits, as repeats are compared. */
    List<String> tokens() {
        return tokens;
    }

    /** Space-separated words that hold a letter or a digit. */
    int words() {
        return words;
    }

    /** Ends with a full stop, a question or an exclamation mark (Latin or CJK), maybe inside quotes. */
    boolean endsSentence() {
        char last = lastMark();
        return ".!?\u3002\uFF01\uFF1F".indexOf(last) >= 0 && !truncated();
    }

    /** Ends with a full stop, maybe inside quotes: the end of a statement, not of a headline. */
    boolean endsWithFullStop() {
        char last = lastMark();
        return (last == '.' || last == '\u3002') && !truncated();
    }

    /** Ends with an ellipsis: a teaser cut to fit its box. */
    boolean truncated() {
        String stripped = text.stripTrailing();
        return stripped.endsWith("...") || stripped.endsWith("\u2026");
    }

    /** Ends with a colon: a heading or a speaker, who introduces what follows. */
    boolean endsWithColon() {
        return lastMark() == ':';
    }

    /**
     * Shaped as a headline: a few words that end without a full stop, an exclamation mark, a
     * colon, a comma or an ellipsis. A question mark may end a headline.
     */
    boolean titleLike(int maxWords) {
        char last = lastMark();
        return words > 0 && words <= maxWords && !truncated() && ".!:;,".indexOf(last) < 0;
    }

    boolean isBullet() {
        return text.length() > 1 && BULLETS.indexOf(text.charAt(0)) >= 0 && Character.isWhitespace(text.charAt(1));
    }

    /** The last character that is not a space, a closing quote or a closing bracket. */
    private char lastMark() {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && CLOSERS.indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                token.append(c);
            } else if (token.length() > 0) {
                tokens.add(token.toString().toLowerCase(Locale.ROOT));
                token.setLength(0);
            }
        }
        return List.copyOf(tokens);
    }

    /** Space-separated words of a text that hold a letter or a digit. */
    static int wordsIn(String text) {
        int count = 0;
        boolean inWord = false;
        boolean hasContent = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                count += inWord && hasContent ? 1 : 0;
                inWord = false;
                hasContent = false;
            } else {
                inWord = true;
                hasContent |= Character.isLetterOrDigit(c);
            }
        }
        return count;
    }
}
