package org.newsgraph.eval.corpora;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A JSON file of gold annotations or articles, read whole. */
public final class JsonFile {

    private JsonFile() {}

    /** The tree of the JSON in {@code file}; a file that cannot be read fails naming it. */
    public static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
