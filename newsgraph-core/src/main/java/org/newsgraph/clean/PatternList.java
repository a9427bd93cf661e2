package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.pipeline.RuleFile;

/** Regular expressions read from a rule file, one a line, compiled case-insensitively unless said otherwise. */
final class PatternList {

    private final List<Pattern> patterns;

    private PatternList(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** Compiles every entry; {@code requiredGroups} must each be named in every pattern. */
    static PatternList read(RuleFile file, String... requiredGroups) {
        return read(file, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, requiredGroups);
    }

    /** Compiles every entry with these flags ({@code 0} where case tells, as capitals do in a dateline). */
    static PatternList read(RuleFile file, int flags, String... requiredGroups) {
        List<Pattern> patterns = new ArrayList<>();
        for (RuleFile.Entry entry : file.entries()) {
            for (String group : requiredGroups) {
                if (!entry.text().contains("(?<" + group + ">")) {
                    throw file.fault(entry, "pattern lacks the named group (?<" + group + ">...)");
                }
            }
            try {
                patterns.add(Pattern.compile(entry.text(), flags));
            } catch (PatternSyntaxException e) {
                throw file.fault(entry, "bad pattern: " + e.getDescription() + " near index " + e.getIndex());
            }
        }
        return new PatternList(patterns);
    }

    /** Whether any pattern is found in the text. */
    boolean foundIn(CharSequence text) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }

    /** The matcher of the first pattern that matches the whole text. */
    Optional<Matcher> matchOf(CharSequence text) {
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.matches()) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }

    /** The matcher of the first pattern, in the file's order, found in the text. */
    Optional<Matcher> firstFoundIn(CharSequence text) {
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }

    /** Every match of every pattern in the text, pattern by pattern. */
    List<String> matchesIn(CharSequence text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : patterns) {
            pattern.matcher(text).results().forEach(match -> found.add(match.group()));
        }
        return found;
    }

    /** The text with every match of every pattern cut out. */
    String without(String text) {
        String rest = text;
        for (Pattern pattern : patterns) {
            rest = pattern.matcher(rest).replaceAll("");
        }
        return rest;
    }
}
