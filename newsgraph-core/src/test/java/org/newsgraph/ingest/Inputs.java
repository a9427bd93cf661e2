package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Rejection;

/** Builds input files for tests and reads them back as items. */
final class Inputs {

    /** The first bytes of a real PNG file: signature and the start of its IHDR chunk. */
    static final byte[] PNG_HEADER = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1
    };

    private Inputs() {}

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<IngestItem> read(IngestConfig config, InputFile file) {
        List<IngestItem> items = new ArrayList<>();
        new ArticleReader(config).read(file, items::add);
        return items;
    }

    static List<IngestItem> read(InputFile file) {
        return read(IngestConfig.defaults(), file);
    }

    /** Reads a file expected to give one article, with the kind its name tells. */
    static ArticleSource accepted(Path path) {
        List<IngestItem> items = read(InputFile.of(path, InputKind.of(path.getFileName().toString()).orElseThrow()));
        assertThat(items).hasSize(1).first().isInstanceOf(IngestItem.Accepted.class);
        return ((IngestItem.Accepted) items.get(0)).source();
    }

    /** Reads a file expected to be rejected, with the kind its name tells. */
    static Rejection rejected(IngestConfig config, Path path) {
        List<IngestItem> items = read(config, InputFile.of(path, InputKind.of(path.getFileName().toString()).orElseThrow()));
        assertThat(items).hasSize(1).first().isInstanceOf(IngestItem.Rejected.class);
        return ((IngestItem.Rejected) items.get(0)).rejection();
    }

    static Rejection rejected(Path path) {
        return rejected(IngestConfig.defaults(), path);
    }
}
