package org.newsgraph.resolve;

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), stopping early
 * past a bound. Written here because the one function is all resolution needs; the libraries that
 * have it (Apache Commons Text, Lucene's spell checker) would each be a dependency for ten lines.
 */
final class EditDistance {

    private EditDistance() {}

    /** The distance between a and b, or -1 when it is above max. */
    static int bounded(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return -1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return -1;
            }
        }
        return d[a.length()][b.length()] <= max ? d[a.length()][b.length()] : -1;
    }
}
