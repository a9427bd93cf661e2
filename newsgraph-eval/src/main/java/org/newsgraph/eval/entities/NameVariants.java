package org.newsgraph.eval.entities;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The ways news writes a name differently from one article to the next: a transliteration's
 * other ending (Kovalsky, Kovalskyy, Kovalski), a one-letter typo, an acronym of an
 * organisation. Each returns empty when it does not apply to the name.
 */
final class NameVariants {

    private static final String LETTERS = "abcdefghiklmnoprstuvy";

    private NameVariants() {}

    /** The last word with another transliterated ending: y, yy, i, ii or iy for one of them. */
    static Optional<String> transliterated(String name, Random random) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        for (String ending : List.of("iy", "yy", "ii", "y", "i")) {
            if (last.length() > ending.length() + 2 && last.endsWith(ending)) {
                List<String> others = List.of("y", "yy", "i", "ii", "iy").stream().filter(e -> !e.equals(ending)).toList();
                String stem = last.substring(0, last.length() - ending.length());
                return Optional.of(name.substring(0, space + 1) + stem + others.get(random.nextInt(others.size())));
            }
        }
        return Optional.empty();
    }

    /**
     * One letter of the longest word dropped, doubled, swapped with the next or replaced, never
     * the first letter (a typo keeps the word's start, and a capital stays a capital).
     */
    static Optional<String> typo(String name, Random random) {
        int start = 0;
        int end = 0;
        for (int i = 0, from = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == ' ') {
                if (i - from > end - start) {
                    start = from;
                    end = i;
                }
                from = i + 1;
            }
        }
        if (end - start < 5) {
            return Optional.empty();
        }
        int at = start + 1 + random.nextInt(end - start - 2);
        String before = name.substring(0, at);
        String after = name.substring(at + 1);
        char c = name.charAt(at);
        return Optional.of(switch (random.nextInt(4)) {
            case 0 -> before + after;
            case 1 -> before + c + c + after;
            case 2 -> before + name.charAt(at + 1) + c + name.substring(at + 2);
            default -> before + other(c, random) + after;
        }).filter(typo -> !typo.equals(name));
    }

    /** The initials of a name of at least two capitalised words, small words left out: "International Monetary Fund" -> "IMF". */
    static Optional<String> acronym(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= 2 ? Optional.of(initials.toString()) : Optional.empty();
    }

    private static char other(char c, Random random) {
        char replacement = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return replacement == Character.toLowerCase(c) ? LETTERS.charAt((LETTERS.indexOf(replacement) + 1) % LETTERS.length())
                : replacement;
    }
}
