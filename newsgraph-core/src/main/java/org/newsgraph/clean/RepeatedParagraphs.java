package org.newsgraph.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paragraphs that repeat an earlier one, word for word or but for a word or two (pages that
 * print a caption twice, feeds that paste a paragraph again with a word changed). The first
 * stays. Words are compared in order, without case or punctuation; short lines are left alone,
 * as two short sentences may well be the same by chance.
 */
final class RepeatedParagraphs implements LineRule {

    /** A near copy keeps its start or its end: earlier lines are looked up by either. */
    private static final int EDGE_WORDS = 3;
    /** How many earlier lines sharing an edge are compared, so that hostile pages stay linear. */
    private static final int MAX_CANDIDATES = 64;

    /** What a near copy is compared by, worked out once a line. */
    private record Paragraph(List<String> words, List<String> numbers, boolean sentence) {

        static Paragraph of(Line line) {
            List<String> numbers = line.tokens().stream().filter(word -> word.chars().anyMatch(Character::isDigit)).toList();
            return new Paragraph(line.tokens(), numbers, line.endsSentence());
        }
    }

    private final CleanerConfig config;

    RepeatedParagraphs(CleanerConfig config) {
        this.config = config;
    }

    @Override
    public void mark(PageText page, Marks marks) {
        Map<List<String>, Integer> copies = copies(page);
        Set<List<String>> seen = new HashSet<>();
        Map<List<String>, Deque<Paragraph>> byEdge = new HashMap<>();
        for (int i = 0; i < page.size(); i++) {
            List<String> words = page.line(i).tokens();
            if (!marks.kept(i) || words.size() < config.minRepeatWords() || copies.get(words) > config.maxCopies()) {
                continue;
            }
            Paragraph paragraph = Paragraph.of(page.line(i));
            if (seen.contains(words) || isNearCopy(paragraph, byEdge)) {
                marks.mark(i, Reason.REPEATED_PARAGRAPH);
            } else {
                seen.add(words);
                remember(byEdge, paragraph);
            }
        }
    }

    private static Map<List<String>, Integer> copies(PageText page) {
        Map<List<String>, Integer> copies = new HashMap<>();
        page.lines().forEach(line -> copies.merge(line.tokens(), 1, Integer::sum));
        return copies;
    }

    /**
     * A near copy is a paragraph, shaped as a sentence, with the same numbers as the earlier
     * one: two lines that differ in a number ("1 cup", "2 cups") say different things.
     */
    private boolean isNearCopy(Paragraph paragraph, Map<List<String>, Deque<Paragraph>> byEdge) {
        if (paragraph.words().size() < config.minNearRepeatWords() || !paragraph.sentence()) {
            return false;
        }
        for (List<String> edge : edges(paragraph.words())) {
            for (Paragraph earlier : byEdge.getOrDefault(edge, new ArrayDeque<>())) {
                if (earlier.sentence() && earlier.numbers().equals(paragraph.numbers())
                        && WordEdits.within(paragraph.words(), earlier.words(), limit(paragraph, earlier))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words that may differ: a share of the longer line, at least one. */
    private int limit(Paragraph one, Paragraph other) {
        return Math.max(1, (int) (config.maxNearRepeatChange() * Math.max(one.words().size(), other.words().size())));
    }

    private static void remember(Map<List<String>, Deque<Paragraph>> byEdge, Paragraph paragraph) {
        for (List<String> edge : edges(paragraph.words())) {
            Deque<Paragraph> paragraphs = byEdge.computeIfAbsent(edge, key -> new ArrayDeque<>());
            paragraphs.addFirst(paragraph);
            if (paragraphs.size() > MAX_CANDIDATES) {
                paragraphs.removeLast();
            }
        }
    }

    /** The first and the last words, tagged apart so that a start never meets an end. */
    private static List<List<String>> edges(List<String> words) {
        int n = Math.min(EDGE_WORDS, words.size());
        List<String> start = new ArrayList<>(words.subList(0, n));
        start.add("^");
        List<String> end = new ArrayList<>(words.subList(words.size() - n, words.size()));
        end.add("$");
        return List.of(List.copyOf(start), List.copyOf(end));
    }
}
