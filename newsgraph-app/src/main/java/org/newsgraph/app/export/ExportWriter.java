package org.newsgraph.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an export file whole or not at all: to a temporary file beside it, then renamed. */
public final class ExportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Part of an export (or what a command prints in its stead) as the export file writes it. */
    public static String asJson(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }

    public void write(ExportDocument export, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                JSON.writeValue(out, export);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
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
