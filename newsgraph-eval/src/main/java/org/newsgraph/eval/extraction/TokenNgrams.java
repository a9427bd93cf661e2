package org.newsgraph.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The multiset of token n-grams of a text, tokenised as the benchmark's {@code evaluate.py} does
 * with Python's {@code \w+}: runs of letters, numbers and underscores. Case is kept.
 */
final class TokenNgrams {

    /** The benchmark compares 4-grams. */
    static final int N = 4;

    private TokenNgrams() {}

    /**
     * Counts of each n-gram. A text of fewer than n tokens gives one shorter shingle of all of
     * them, as {@code evaluate.py} does; a text of no token gives none.
     */
    static Map<List<String>, Integer> of(String text, int n) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1) && !tokens.isEmpty(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + n))), 1, Integer::sum);
        }
        return counts;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            boolean word = isWordChar(text.codePointAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** Python's {@code \w} on str: alphabetic (L*) or numeric (N*) characters, and the underscore. */
    private static boolean isWordChar(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> codePoint == '_';
        };
    }
}
