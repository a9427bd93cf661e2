package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to read.
 *
 * @param displayName the path as the user can recognise it (the input they named, plus the part
 *                    below it), used in rejections
 * @param metadata    what the {@code metadata.jsonl} of the file's folder says about it
 */
public record InputFile(Path path, String displayName, InputKind kind, SidecarMetadata metadata) {

    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** A file with no sidecar values, shown as its path. */
    public static InputFile of(Path path, InputKind kind) {
        return new InputFile(path, path.toString(), kind, SidecarMetadata.none());
    }

    /** The file name alone, as exported and used in source keys. */
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
