package org.newsgraph.clean;

import java.util.Arrays;
import java.util.Optional;

/**
 * Reads an outlet's name where a text gives it: a trailer line ("Read the latest news on The
 * Daily Courier.") or a masthead line printed more than once ("The Daily Courier").
 */
final class OutletNames {

    private static final int MAX_NAME_WORDS = 6;
    /** A trailer is one short line; reading longer ones only costs time. */
    private static final int MAX_TRAILER_CHARS = 300;

    private final PatternList trailers;
    private final Lexicon platforms;
    private final Lexicon outletWords;
    private final NameShape names;

    OutletNames(CleanRules rules) {
        this.trailers = rules.trailers;
        this.platforms = rules.platforms;
        this.outletWords = rules.outletWords;
        this.names = new NameShape(rules.connectors);
    }

    /** The outlet a trailer line points to; empty when the line is no trailer. */
    Optional<String> fromTrailer(String line) {
        if (line.length() > MAX_TRAILER_CHARS) {
            return Optional.empty();
        }
        return trailers.matchOf(line)
                .map(match -> match.group("outlet").strip())
                .filter(this::isOutletName);
    }

    /** The masthead line itself, when it is shaped as a news outlet's name. */
    Optional<String> fromMasthead(String line) {
        String name = line.strip();
        boolean outletLike = name.startsWith("The ")
                || Arrays.stream(name.split("\\s+")).map(Lexicon::key).anyMatch(outletWords::matches);
        return outletLike && isOutletName(name) ? Optional.of(name) : Optional.empty();
    }

    private boolean isOutletName(String name) {
        return !name.isEmpty() && names.isName(name, MAX_NAME_WORDS) && !platforms.matches(Lexicon.key(name));
    }

}
