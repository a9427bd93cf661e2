package org.newsgraph.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.DataFile;

/**
 * The generic nouns that stand for an office in a later description, read from
 * {@code english/office-stand-ins.txt}: entity resolution joins a role noun to the one person whose
 * role it fits, the event stage names that person by a role alone.
 */
public final class OfficeStandIns {

    private static final String FILE = "english/office-stand-ins.txt";
    private static final Pattern LINE = Pattern.compile(
            "(?<use>modified|alone) (?<noun>[a-z]+(?: [a-z]+)*) = (?<offices>[a-z]+(?: [a-z]+)*(?:, [a-z]+(?: [a-z]+)*)*)");

    private OfficeStandIns() {}

    /** Each noun, lower case, to the offices it may stand for. */
    public static Map<String, OfficeStandIn> english() {
        Map<String, OfficeStandIn> standIns = new HashMap<>();
        DataFile.read(OfficeStandIns.class, FILE, (line, text) -> {
            Matcher m = LINE.matcher(text.strip());
            if (!m.matches()) {
                throw DataFile.fault(FILE, line, "expected 'modified NOUN = OFFICE, OFFICE' or 'alone NOUN = OFFICE, ...': " + text);
            }
            OfficeStandIn standIn = new OfficeStandIn(m.group("use").equals("modified"), Set.copyOf(List.of(m.group("offices").split(", "))));
            if (standIns.put(m.group("noun"), standIn) != null) {
                throw DataFile.fault(FILE, line, "'" + m.group("noun") + "' given twice");
            }
        });
        return Map.copyOf(standIns);
    }
}
