package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.DataFile;

/**
 * Phrases read from a data file beside this class (such as {@code english/locative-cues.txt}) and
 * found when they end right before a position in a text: the words just before a name that say
 * how to read it. Matches whole words only; a comma between cue and name is allowed.
 */
final class ContextCues {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern CUE = Pattern.compile("[a-z]+(?: [a-z]+)*\\.?");
    /** How far back to look: more than the longest cue needs. */
    private static final int REACH = 60;

    private final List<List<String>> cues;

    private ContextCues(List<List<String>> cues) {
        this.cues = List.copyOf(cues);
    }

    /** These cues and more, each lower-case words separated by single spaces. */
    ContextCues and(Collection<String> more) {
        List<List<String>> all = new ArrayList<>(cues);
        more.forEach(cue -> all.add(List.of(cue.split(" "))));
        return new ContextCues(all);
    }

    /** The cues of these files together. */
    static ContextCues load(String... files) {
        List<List<String>> cues = new ArrayList<>();
        for (String file : files) {
            DataFile.read(ContextCues.class, file, (line, text) -> {
                String cue = text.strip();
                if (!CUE.matcher(cue).matches()) {
                    throw DataFile.fault(file, line, "a cue is lower-case words separated by single spaces, a full stop at most at its end: " + cue);
                }
                cues.add(List.of(cue.split(" ")));
            });
        }
        return new ContextCues(cues);
    }

    /** Whether one of the cues ends right before {@code position} of {@code text}. */
    boolean precede(String text, int position) {
        if (position <= 0 || position > text.length()) {
            return false;
        }
        List<String> before = wordsBefore(text, position);
        return cues.stream().anyMatch(cue -> endsWith(before, cue));
    }

    private static List<String> wordsBefore(String text, int position) {
        String window = text.substring(Math.max(0, position - REACH), position);
        String trimmed = window.replaceAll("[\\s\\u00A0]*,?[\\s\\u00A0]*$", "");
        if (trimmed.length() == window.length()) {
            return List.of(); // glued to the word before, as in "(Name" or "x-Name": no cue stands there
        }
        return Arrays.asList(SPACES.split(trimmed.toLowerCase(Locale.ROOT)));
    }

    private static boolean endsWith(List<String> words, List<String> cue) {
        int from = words.size() - cue.size();
        return from >= 0 && words.subList(from, words.size()).equals(cue);
    }
}
