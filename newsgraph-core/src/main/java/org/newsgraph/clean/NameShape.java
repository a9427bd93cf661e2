package org.newsgraph.clean;

/**
 * Whether a short text is shaped as a proper name: capitalised words ("Anna Lindqvist",
 * "AP", "The Daily Courier"), maybe joined by connectors such as "of" or "van", and none of
 * the punctuation a clause has.
 */
final class NameShape {

    private static final String CLAUSE_MARKS = ",;:?!\"\u201C\u201D";

    private final Lexicon connectors;

    NameShape(Lexicon connectors) {
        this.connectors = connectors;
    }

    boolean isName(String text, int maxWords) {
        String[] words = text.strip().split("\\s+");
        if (words.length > maxWords || words[0].isEmpty() || hasClauseMarks(text)) {
            return false;
        }
        boolean capitalised = false;
        for (String word : words) {
            int first = firstLetterOrDigit(word);
            if (first < 0) {
                continue; // "&", "-": joins two names
            }
            char initial = word.charAt(first);
            if (!Character.isUpperCase(initial) && !Character.isDigit(initial) && !connectors.matches(Lexicon.key(word))) {
                return false;
            }
            capitalised |= Character.isUpperCase(initial); // "05 / 02 / 2013" is a date, not names
        }
        return capitalised;
    }

    private static boolean hasClauseMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int firstLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
