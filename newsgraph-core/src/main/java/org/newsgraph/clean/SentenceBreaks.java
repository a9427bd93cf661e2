package org.newsgraph.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where one sentence ends and the next begins inside a line: a stop, a space and a
 * capital. A stop after an abbreviation ("Mr.", "Sept.") or an initial ("U.S.", "J.") is none.
 */
final class SentenceBreaks {

    private static final Pattern BREAK = Pattern.compile(
            "(\\S+?)[.!?][\"'\u201D\u2019)\\]]*\\s+[\"'\u201C\u2018(\\[]*[\\p{Lu}\\d]");

    private final Lexicon abbreviations;

    SentenceBreaks(Lexicon abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** Whether the text holds more than one sentence. */
    boolean hasBreak(String text) {
        Matcher candidate = BREAK.matcher(text);
        while (candidate.find()) {
            String word = candidate.group(1);
            boolean shortened = word.indexOf('.') >= 0 || word.length() == 1
                    || abbreviations.matches(Lexicon.key(word));
            if (!shortened) {
                return true;
            }
        }
        return false;
    }
}
