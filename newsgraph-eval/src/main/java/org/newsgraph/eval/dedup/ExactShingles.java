package org.newsgraph.eval.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact word-shingle sets, as ground truth that does not depend on the MinHash under test:
 * which real articles overlap, and how much of a copy its original really contains.
 */
final class ExactShingles {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private ExactShingles() {}

    static Set<String> of(String text, int k) {
        List<String> words = words(text);
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + k <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + k)));
        }
        return shingles;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** |A∩B| / |A|: how much of a is in b. */
    static double containment(Set<String> a, Set<String> b) {
        return a.isEmpty() ? 0 : (double) common(a, b) / a.size();
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int common = common(a, b);
        int union = a.size() + b.size() - common;
        return union == 0 ? 0 : (double) common / union;
    }

    static int common(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }
}
