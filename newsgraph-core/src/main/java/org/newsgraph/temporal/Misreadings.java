package org.newsgraph.temporal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Token;

/**
 * Words SUTime reads as time where they are not: "fall" the drop or the verb ("a fall in sales",
 * "stocks fall"), not the season; "may" in lower case, the modal ("this may take weeks"), not the
 * month; "a second" before a noun, the ordinal ("a second explosion"), not one second.
 */
final class Misreadings {

    /** Words after "fall" that make it a drop: "the fall in prices", "the fall of the wall". */
    private static final Set<String> FALL_OBJECTS = Set.of("in", "of");

    private final TimeWords words;

    Misreadings(TimeWords words) {
        this.words = words;
    }

    /** Whether the expression over tokens {@code first..last} (inclusive) of a sentence is not a time. */
    boolean misread(List<Token> tokens, int first, int last) {
        List<Token> own = tokens.subList(first, last + 1);
        if (own.stream().anyMatch(t -> t.text().equals("may"))) {
            return true;
        }
        Token head = tokens.get(last);
        String word = head.text().toLowerCase(Locale.ROOT);
        if (word.equals("falls") || word.equals("fall") && !fallSeason(tokens, last)) {
            return true;
        }
        return word.equals("second") && own.size() <= 2 && last + 1 < tokens.size() && nounLike(tokens.get(last + 1).pos());
    }

    /** "fall" a noun after a season cue ("this fall", "in the fall") and not before "in" or "of". */
    private boolean fallSeason(List<Token> tokens, int last) {
        if (tokens.get(last).pos().startsWith("VB")) {
            return false;
        }
        if (last + 1 < tokens.size() && FALL_OBJECTS.contains(tokens.get(last + 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int before = last - 1;
        if (before >= 0 && tokens.get(before).text().equalsIgnoreCase("the")) {
            before--;
        }
        return before >= 0 && words.fallCues.contains(tokens.get(before).text().toLowerCase(Locale.ROOT));
    }

    private static boolean nounLike(String pos) {
        return pos.startsWith("NN") || pos.startsWith("JJ");
    }
}
