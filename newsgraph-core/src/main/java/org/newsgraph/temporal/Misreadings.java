package org.newsgraph.temporal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Token;

/**
 * Words SUTime reads as time where they are not: "fall" the drop or the verb ("a fall in sales",
 * "stocks fall"), not the season; "may" in lower case, the modal ("this may take weeks"), not the
 * month; "a second" before a noun, the ordinal ("a second explosion"), not one second; a word
 * tagged as a verb ("to present a plan", "troops march"), not a time; "once" of "once again", "once
 * more" and "at once", a repetition or "at one go", not a past time; a month
 * that begins a name ("Jan" of a minister Jan Novak, "April" of April Ryan), which the recogniser
 * of names tags as a person or a place rather than a date.
 */
final class Misreadings {

    /** Words after "fall" that make it a drop: "the fall in prices", "the fall of the wall". */
    private static final Set<String> FALL_OBJECTS = Set.of("in", "of");
    /** Words after "once" that make it a repetition: "once again", "once more". */
    private static final Set<String> ONCE_REPEATED = Set.of("again", "more");
    /** The classes of names that no time expression is part of. */
    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE");

    private final TimeWords words;

    Misreadings(TimeWords words) {
        this.words = words;
    }

    /** Whether the expression over tokens {@code first..last} (inclusive) of a sentence is not a time. */
    boolean misread(List<Token> tokens, int first, int last) {
        List<Token> own = tokens.subList(first, last + 1);
        if (own.stream().anyMatch(t -> t.text().equals("may") || monthOfAName(t))) {
            return true;
        }
        Token head = tokens.get(last);
        String word = head.text().toLowerCase(Locale.ROOT);
        if (own.size() == 1 && head.pos().startsWith("VB")) {
            return true;
        }
        if (own.size() == 1 && word.equals("once") && (last + 1 < tokens.size()
                && ONCE_REPEATED.contains(tokens.get(last + 1).text().toLowerCase(Locale.ROOT))
                || first > 0 && tokens.get(first - 1).text().equalsIgnoreCase("at"))) {
            return true;
        }
        if (word.equals("falls") || word.equals("fall") && !fallSeason(tokens, last)) {
            return true;
        }
        return word.equals("second") && own.size() <= 2 && last + 1 < tokens.size() && nounLike(tokens.get(last + 1).pos());
    }

    /** A month's name that the recogniser of names tags as part of a person's or a place's name. */
    private boolean monthOfAName(Token token) {
        return NAMES.contains(token.ner()) && words.months.containsKey(token.text().toLowerCase(Locale.ROOT));
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
