package org.newsgraph.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One data file of rules beside the code, such as {@code english/prompts.txt}: one entry a line;
 * blank lines and lines starting with {@code #} are left out. Every fault names file and line.
 */
record RuleFile(String name, List<Entry> entries) {

    /** An entry and the line of the file it stands on, for messages. */
    record Entry(int line, String text) {}

    RuleFile {
        entries = List.copyOf(entries);
    }

    /** Reads {@code folder/file} from beside this class, as strict UTF-8. */
    static RuleFile read(String folder, String file) {
        String name = folder + "/" + file;
        try (InputStream in = RuleFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new RuleFileException(name + ": no such rule file beside " + RuleFile.class.getName());
            }
            return of(name, lines(in));
        } catch (CharacterCodingException e) {
            throw new RuleFileException(name + ": not UTF-8", e);
        } catch (IOException e) {
            throw new RuleFileException(name + ": unreadable: " + e.getMessage(), e);
        }
    }

    /** A rule file made of these lines, read as a file beside the code would be. */
    static RuleFile of(String name, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                entries.add(new Entry(i + 1, text));
            }
        }
        if (entries.isEmpty()) {
            throw new RuleFileException(name + ": no entries");
        }
        return new RuleFile(name, entries);
    }

    /** A fault of one entry, as {@code english/prompts.txt:12: message}. */
    RuleFileException fault(Entry entry, String message) {
        return new RuleFileException(name + ":" + entry.line() + ": " + message);
    }

    private static List<String> lines(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return lines;
    }
}
