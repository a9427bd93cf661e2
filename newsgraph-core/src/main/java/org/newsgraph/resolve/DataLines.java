package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a data file from beside this package's classes, as strict UTF-8 (gunzipped when its
 * name ends in {@code .gz}), passing each entry with its line number; blank lines and lines
 * starting with {@code #} are left out. Every fault names file and line.
 */
final class DataLines {

    private DataLines() {}

    static void read(String name, BiConsumer<Integer, String> entry) {
        try (InputStream raw = DataLines.class.getResourceAsStream(name)) {
            if (raw == null) {
                throw new DataFileException(name + ": no such data file beside " + DataLines.class.getName());
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            each(name, reader(in), entry);
        } catch (CharacterCodingException e) {
            throw new DataFileException(name + ": not UTF-8", e);
        } catch (IOException e) {
            throw new DataFileException(name + ": unreadable: " + e.getMessage(), e);
        }
    }

    /** A fault of one line, as {@code geonames/places.tsv.gz:12: message}. */
    static DataFileException fault(String name, int line, String message) {
        return new DataFileException(name + ":" + line + ": " + message);
    }

    private static void each(String name, BufferedReader reader, BiConsumer<Integer, String> entry)
            throws IOException {
        int number = 0;
        boolean any = false;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (!line.isBlank() && !line.startsWith("#")) {
                any = true;
                entry.accept(number, line);
            }
        }
        if (!any) {
            throw new DataFileException(name + ": no entries");
        }
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }
}
