package org.newsgraph.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.DataFile;

/**
 * The offices, ranks and jobs a news text gives a person ("president", "secretary general"), read
 * from {@code english/offices.txt}: entity resolution reads roles and titles by them, search tells
 * by them a role an entity was called by from a name of it.
 */
public final class Offices {

    private static final String FILE = "english/offices.txt";
    private static final Pattern ENTRY = Pattern.compile("[a-z]+(?:[ -][a-z]+)*");

    private Offices() {}

    /** Each office, lower case, its words separated by single spaces (a hyphen read as one), in file order. */
    public static List<String> english() {
        Set<String> offices = new LinkedHashSet<>();
        DataFile.read(Offices.class, FILE, (line, text) -> {
            String entry = text.strip();
            if (!ENTRY.matcher(entry).matches()) {
                throw DataFile.fault(FILE, line, "an entry is lower-case words separated by single spaces or hyphens: " + entry);
            }
            offices.add(entry.replace('-', ' '));
        });
        return List.copyOf(offices);
    }
}
