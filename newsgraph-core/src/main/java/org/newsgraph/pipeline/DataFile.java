package org.newsgraph.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the data files stages keep beside their code (rules, lexicons, gazetteers): strict
 * UTF-8, gunzipped when the name ends in {@code .gz}, one entry a line with its line number;
 * blank lines and lines starting with {@code #} are left out. Every fault names file and line.
 */
public final class DataFile {

    private DataFile() {}

    /** Passes each entry of {@code name}, a resource beside {@code owner}'s class, with its line number. */
    public static void read(Class<?> owner, String name, BiConsumer<Integer, String> entry) {
        try (InputStream raw = owner.getResourceAsStream(name)) {
            if (raw == null) {
                throw new DataFileException(name + ": no such data file beside " + owner.getName());
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = reader(in);
            Entries entries = new Entries(name, entry);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                entries.accept(line);
            }
            entries.finish();
        } catch (CharacterCodingException e) {
            throw new DataFileException(name + ": not UTF-8", e);
        } catch (IOException e) {
            throw new DataFileException(name + ": unreadable: " + e.getMessage(), e);
        }
    }

    /** Passes each entry of lines given as if read from a file called {@code name}. */
    public static void read(String name, List<String> lines, BiConsumer<Integer, String> entry) {
        Entries entries = new Entries(name, entry);
        lines.forEach(entries::accept);
        entries.finish();
    }

    /** A fault of one entry, as {@code english/prompts.txt:12: message}. */
    public static DataFileException fault(String name, int line, String message) {
        return new DataFileException(name + ":" + line + ": " + message);
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    /** Counts lines, leaves out blanks and comments, and refuses a file with no entry at all. */
    private static final class Entries {
        private final String name;
        private final BiConsumer<Integer, String> entry;
        private int number;
        private boolean any;

        Entries(String name, BiConsumer<Integer, String> entry) {
            this.name = name;
            this.entry = entry;
        }

        void accept(String line) {
            number++;
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                any = true;
                entry.accept(number, line);
            }
        }

        void finish() {
            if (!any) {
                throw new DataFileException(name + ": no entries");
            }
        }
    }
}
