package org.newsgraph.app.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.newsgraph.store.ArticleStore;

/**
 * Writes an export file whole or not at all: streamed from the store to a temporary file beside it,
 * then renamed.
 */
public final class ExportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The elements of a section, written one after another into one generator, flushed at its end. */
    private static final ExportStreamer STREAMER =
            new ExportStreamer(JSON.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE));

    /** Part of an export (or what a command prints in its stead) as the export file writes it. */
    public static String asJson(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }

    /**
     * Writes the export of the store to {@code target}, holding a page of the store at a time.
     *
     * @return how many articles (and rejected inputs) and entities it holds
     */
    public ExportStreamer.Written write(ArticleStore store, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            ExportStreamer.Written written;
            try (OutputStream out = Files.newOutputStream(temp);
                 JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                written = STREAMER.write(store, json);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The export of the store as one value in memory, for the uses that read all of it at once
     * (the search index's documents, the API's snapshot): the same stream, read back.
     */
    public static ExportDocument document(ArticleStore store) throws IOException {
        try (TokenBuffer buffer = new TokenBuffer(JSON, false)) {
            STREAMER.write(store, buffer);
            return JSON.readValue(buffer.asParserOnFirstToken(), ExportDocument.class);
        }
    }

    /** Why the export cannot be written to this path, or null if it can. */
    public static String problemWith(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "folder " + parent + " does not exist";
        }
        if (!Files.isWritable(parent)) {
            return "folder " + parent + " is not writable";
        }
        if (Files.isDirectory(target)) {
            return target + " is a folder";
        }
        return null;
    }
}
