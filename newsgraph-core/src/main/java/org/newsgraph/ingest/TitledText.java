package org.newsgraph.ingest;

/**
 * A {@code .txt} article split as the contract says: first non-empty line title, the rest body;
 * {@code setApart} when a blank line follows the title, as a headline is set apart from its story.
 */
record TitledText(String title, String body, boolean setApart) {

    /** Splits text that is not blank. */
    static TitledText split(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                String rest = text.substring(Math.min(end + 1, text.length()));
                return new TitledText(line, body(rest), blankLineFirst(rest));
            }
            start = end + 1;
        }
        throw new IllegalArgumentException("blank text has no title");
    }

    /** Whether the rest starts with a blank line before more text. */
    private static boolean blankLineFirst(String rest) {
        int end = rest.indexOf('\n');
        return end >= 0 && rest.substring(0, end).isBlank() && !rest.isBlank();
    }

    /** The rest without the blank lines that separate it from the title, and without trailing space. */
    private static String body(String rest) {
        int firstVisible = 0;
        while (firstVisible < rest.length() && Character.isWhitespace(rest.charAt(firstVisible))) {
            firstVisible++;
        }
        // keep the indentation of the first body line: cut only whole blank lines
        int lineStart = rest.lastIndexOf('\n', firstVisible - 1) + 1;
        return rest.substring(lineStart).stripTrailing();
    }
}
