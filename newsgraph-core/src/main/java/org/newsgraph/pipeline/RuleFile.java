package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * One data file of rules beside the code, such as {@code english/prompts.txt}: one entry a line;
 * blank lines and lines starting with {@code #} are left out. Every fault names file and line.
 */
public record RuleFile(String name, List<Entry> entries) {

    /** An entry and the line of the file it stands on, for messages. */
    public record Entry(int line, String text) {}

    public RuleFile {
        entries = List.copyOf(entries);
    }

    /** Reads {@code folder/file} from beside the class that owns the rules. */
    public static RuleFile read(Class<?> owner, String folder, String file) {
        String name = folder + "/" + file;
        List<Entry> entries = new ArrayList<>();
        DataFile.read(owner, name, (line, text) -> entries.add(new Entry(line, text.strip())));
        return new RuleFile(name, entries);
    }

    /** A rule file made of these lines, read as a file beside the code would be. */
    public static RuleFile of(String name, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        DataFile.read(name, lines, (line, text) -> entries.add(new Entry(line, text.strip())));
        return new RuleFile(name, entries);
    }

    /** A fault of one entry, as {@code english/prompts.txt:12: message}. */
    public DataFileException fault(Entry entry, String message) {
        return DataFile.fault(name, entry.line(), message);
    }
}
