package org.newsgraph.ingest;

/** A {@code .txt} article split as the contract says: first non-empty line title, the rest body. */
record TitledText(String title, String body) {

    /** Splits text that is not blank. */
    static TitledText split(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                return new TitledText(line, body(text.substring(Math.min(end + 1, text.length()))));
            }
            start = end + 1;
        }
        throw new IllegalArgumentException("blank text has no title");
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
