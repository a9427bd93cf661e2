package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.GZIPInputStream;

/** Reads whole files within a size limit, and names the reason when it cannot. */
final class FileBytes {

    private FileBytes() {}

    /** The bytes of a regular file no larger than {@code limit}, checked before anything is read. */
    static ReadOutcome<byte[]> read(Path path, long limit) {
        return regularFileSize(path).then(size -> size > limit
                ? ReadOutcome.failed(ByteSize.tooLarge("file", size, limit))
                : readAtMost(path, limit));
    }

    /** The size of a regular file; a folder, device or pipe gives a reason instead. */
    static ReadOutcome<Long> regularFileSize(Path path) {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return ReadOutcome.failed("broken symbolic link");
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? ReadOutcome.ok(attributes.size())
                    : ReadOutcome.failed("not a regular file");
        } catch (IOException e) {
            return ReadOutcome.failed(reasonFor(e));
        }
    }

    /** The uncompressed bytes of gzip data, no more than {@code limit} of them. */
    static ReadOutcome<byte[]> gunzip(byte[] compressed, long limit) {
        if (compressed.length < 2 || (compressed[0] & 0xFF) != 0x1F || (compressed[1] & 0xFF) != 0x8B) {
            return ReadOutcome.failed("not gzip data (a .gz file must be gzip-compressed)");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bytes = in.readNBytes(Math.toIntExact(limit + 1));
            return bytes.length > limit
                    ? ReadOutcome.failed("gzip data expands past the " + ByteSize.limit(limit) + " limit")
                    : ReadOutcome.ok(bytes);
        } catch (IOException e) {
            // the data are already in memory, so every I/O error here is a fault of the data
            return ReadOutcome.failed("truncated or corrupt gzip data");
        }
    }

    /** The reason a person is given for an I/O failure on their input. */
    static String reasonFor(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static ReadOutcome<byte[]> readAtMost(Path path, long limit) {
        try (InputStream in = Files.newInputStream(path)) {
            // one byte past the limit tells a file that grew after its size was checked
            byte[] bytes = in.readNBytes(Math.toIntExact(limit + 1));
            return bytes.length > limit
                    ? ReadOutcome.failed(ByteSize.tooLarge("file", bytes.length, limit))
                    : ReadOutcome.ok(bytes);
        } catch (IOException e) {
            return ReadOutcome.failed(reasonFor(e));
        }
    }
}
