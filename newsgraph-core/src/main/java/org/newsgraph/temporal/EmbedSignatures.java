package org.newsgraph.temporal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates embedded posts carry on their signature lines ("— Name (@handle) March 12, 2021").
 * An article cannot be older than the newest post it embeds, so that date is a lower bound of
 * its publication, not the publication itself.
 */
final class EmbedSignatures {

    private final DatingRules rules;

    EmbedSignatures(DatingRules rules) {
        this.rules = rules;
    }

    /** The newest date on a signature line among these lines (of the text, or left out of it). */
    Optional<LocalDate> newest(Collection<String> lines) {
        return lines.stream()
                .map(String::strip)
                .flatMap(line -> dateOf(line).stream())
                .max(LocalDate::compareTo);
    }

    private Optional<LocalDate> dateOf(String line) {
        for (Pattern pattern : rules.signatures()) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                Optional<LocalDate> date = rules.formats().whole(m.group("date"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }
}
