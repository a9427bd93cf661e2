package org.newsgraph.corenlp;

import java.util.Arrays;

/**
 * Blanks every stretch of more than a given number of characters without white space. The result has the same
 * length, so CoreNLP's offsets still point into the original text.
 */
final class UnbrokenStretchMask {

    private final int maxLength;

    UnbrokenStretchMask(int maxLength) {
        this.maxLength = maxLength;
    }

    String apply(String text) {
        char[] chars = null;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isBreak(text.charAt(i))) {
                if (i - start > maxLength) {
                    chars = chars == null ? text.toCharArray() : chars;
                    Arrays.fill(chars, start, i, ' ');
                }
                start = i + 1;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
