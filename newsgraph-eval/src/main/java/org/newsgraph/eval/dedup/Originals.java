package org.newsgraph.eval.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes distinct original articles from real ones. Long real articles are originals as they are;
 * the rest are composed of blocks (three consecutive sentences of one real article) from four to
 * six different real articles, under a title cut from another sentence.
 *
 * <p>No two blocks appear together twice and no sentence is in two blocks, so two composed
 * originals mostly share at most one block. Each is then admitted only if it overlaps no earlier
 * original to {@link DistinctArticles#MAX_OVERLAP}, the rule the real ones were chosen by.
 */
final class Originals {

    /** A real article taken whole has at least this many sentences. */
    static final int WHOLE_SENTENCES = 10;

    private static final int BLOCK = 3;
    private static final int MIN_BLOCKS = 4;
    private static final int MAX_BLOCKS = 6;
    private static final int ATTEMPTS = 100_000;

    private final Random random;
    private final List<List<String>> blocks = new ArrayList<>();
    private final List<Integer> blockSource = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();
    private final Set<Long> pairsUsed = new HashSet<>();
    private final DistinctArticles admitted = new DistinctArticles();

    private Originals(Random random) {
        this.random = random;
    }

    /** {@code count} originals, each a list of lines starting with its title. */
    static List<List<String>> make(List<SourceArticle> distinct, int count, Random random) {
        return new Originals(random).build(distinct, count);
    }

    private List<List<String>> build(List<SourceArticle> distinct, int count) {
        List<List<String>> originals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int a = 0; a < distinct.size(); a++) {
            List<String> lines = distinct.get(a).sentences();
            cutIntoBlocks(a, lines, seen);
            if (lines.size() >= WHOLE_SENTENCES && originals.size() < count && admitted.admit(lines)) {
                originals.add(lines);
            }
        }
        while (originals.size() < count) {
            originals.add(composed());
        }
        return originals;
    }

    // A sentence met before (a shared quote, a dateline) is left out of blocks, so that blocks
    // of different articles have no sentence in common.
    private void cutIntoBlocks(int source, List<String> lines, Set<String> seen) {
        List<String> fresh = lines.stream()
                .filter(s -> seen.add(String.join(" ", ExactShingles.words(s))))
                .toList();
        sentences.addAll(fresh);
        for (int i = 0; i + BLOCK <= fresh.size(); i += BLOCK) {
            blocks.add(fresh.subList(i, i + BLOCK));
            blockSource.add(source);
        }
    }

    private List<String> composed() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Integer> chosen = chooseBlocks(MIN_BLOCKS + random.nextInt(MAX_BLOCKS - MIN_BLOCKS + 1));
            if (chosen == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            lines.add(SyntheticTitles.from(sentences.get(random.nextInt(sentences.size())), random));
            chosen.forEach(b -> lines.addAll(blocks.get(b)));
            if (admitted.admit(lines)) {
                rememberPairs(chosen);
                return lines;
            }
        }
        throw new IllegalStateException("too few real sentences for this many distinct originals");
    }

    /** Blocks from different sources, and no two of them already together in another article. */
    private List<Integer> chooseBlocks(int n) {
        List<Integer> chosen = new ArrayList<>();
        Set<Integer> sources = new HashSet<>();
        while (chosen.size() < n) {
            int b = random.nextInt(blocks.size());
            if (!sources.add(blockSource.get(b))) {
                return null;
            }
            for (int other : chosen) {
                if (pairsUsed.contains(pair(b, other))) {
                    return null;
                }
            }
            chosen.add(b);
        }
        return chosen;
    }

    private void rememberPairs(List<Integer> chosen) {
        for (int i = 0; i < chosen.size(); i++) {
            for (int j = 0; j < i; j++) {
                pairsUsed.add(pair(chosen.get(i), chosen.get(j)));
            }
        }
    }

    private long pair(int a, int b) {
        return Math.min(a, b) * (long) blocks.size() + Math.max(a, b);
    }
}
