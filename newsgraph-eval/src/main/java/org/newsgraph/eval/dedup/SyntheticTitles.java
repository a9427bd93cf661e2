package org.newsgraph.eval.dedup;

import java.util.List;
import java.util.Random;

/** Headline-like titles: the first six to twelve words of a real sentence. */
final class SyntheticTitles {

    private SyntheticTitles() {}

    static String from(String sentence, Random random) {
        List<String> words = List.of(sentence.strip().split("\\s+"));
        int n = Math.min(words.size(), 6 + random.nextInt(7));
        return String.join(" ", words.subList(0, n));
    }
}
