package org.newsgraph.model;

import java.util.List;

/**
 * Verb groups in a sentence's tokens: verbs, modals, "to" and adverbs standing together ("will not
 * meet", "has already met"). Read from part-of-speech tags (Penn Treebank), by the stages that need
 * a verb's tense or clause without a parse.
 */
public final class VerbGroups {

    private VerbGroups() {}

    /** A verb or a modal. */
    public static boolean isVerbal(Token token) {
        return token.pos().startsWith("VB") || token.pos().equals("MD");
    }

    /** The first token of the group that holds the token at {@code at}. */
    public static int start(List<Token> tokens, int at) {
        int i = at;
        while (i > 0 && inGroup(tokens.get(i - 1))) {
            i--;
        }
        return i;
    }

    /** The last token of the group that holds the token at {@code at}. */
    public static int end(List<Token> tokens, int at) {
        int i = at;
        while (i + 1 < tokens.size() && inGroup(tokens.get(i + 1))) {
            i++;
        }
        return i;
    }

    private static boolean inGroup(Token token) {
        return isVerbal(token) || token.pos().equals("TO") || token.pos().equals("RB");
    }
}
