package org.newsgraph.clean;

import java.util.Arrays;
import java.util.List;

/**
 * Whether two word sequences are within a number of word edits (insert, delete, replace) of
 * each other. Only a band around the diagonal is computed, so the cost is the length times the
 * limit, and the count stops as soon as the limit is passed.
 */
final class WordEdits {

    private WordEdits() {}

    static boolean within(List<String> a, List<String> b, int limit) {
        if (Math.abs(a.size() - b.size()) > limit) {
            return false;
        }
        int over = limit + 1;
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j <= limit ? j : over;
        }
        for (int i = 1; i <= a.size(); i++) {
            Arrays.fill(current, over);
            current[0] = i <= limit ? i : over;
            int best = current[0];
            for (int j = Math.max(1, i - limit); j <= Math.min(b.size(), i + limit); j++) {
                int replace = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(over, Math.min(replace, Math.min(previous[j], current[j - 1]) + 1));
                best = Math.min(best, current[j]);
            }
            if (best > limit) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()] <= limit;
    }
}
