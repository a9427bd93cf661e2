package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Rejection;

/**
 * The {@code metadata.jsonl} files of the folders seen in one scan, each read once. A broken line
 * is reported and skipped; the other lines still apply.
 */
final class Sidecars {

    private record Entry(String file, SidecarMetadata metadata) {}

    private final JsonLines lines;
    private final List<Rejection> rejections;
    private final Map<Path, Map<String, SidecarMetadata>> byFolder = new HashMap<>();

    /** Reports broken sidecars and lines into {@code rejections}. */
    Sidecars(IngestConfig config, List<Rejection> rejections) {
        this.lines = new JsonLines(config.maxLineBytes());
        this.rejections = rejections;
    }

    /** What the sidecar beside this file says about it. */
    SidecarMetadata forFile(Path file) {
        Path sidecar = file.resolveSibling(InputKind.SIDECAR_NAME);
        String name = file.getFileName().toString();
        return entries(sidecar).getOrDefault(name, SidecarMetadata.none());
    }

    /** Reads a sidecar named as an input, so that its faults are reported. */
    void load(Path sidecar) {
        entries(sidecar);
    }

    private Map<String, SidecarMetadata> entries(Path sidecar) {
        return byFolder.computeIfAbsent(sidecar.toAbsolutePath().normalize(), key -> read(sidecar));
    }

    private Map<String, SidecarMetadata> read(Path sidecar) {
        Map<String, SidecarMetadata> entries = new HashMap<>();
        if (Files.notExists(sidecar) && !Files.isSymbolicLink(sidecar)) {
            return entries; // a folder without a sidecar is the common case
        }
        String display = sidecar.toString();
        FileBytes.regularFileSize(sidecar)
                .then(size -> lines.forEach(sidecar, (number, object) -> object.then(Sidecars::entry)
                        .then(entry -> unique(entry, entries))
                        .failure()
                        .ifPresent(reason -> reject(display + ":" + number, reason))))
                .failure()
                .ifPresent(reason -> reject(display, reason));
        return Map.copyOf(entries);
    }

    private static ReadOutcome<Entry> unique(Entry entry, Map<String, SidecarMetadata> entries) {
        if (entries.putIfAbsent(entry.file(), entry.metadata()) != null) {
            return ReadOutcome.failed("a second line for '" + entry.file() + "' (the first one applies)");
        }
        return ReadOutcome.ok(entry);
    }

    private static ReadOutcome<Entry> entry(ObjectNode line) {
        String file = JsonLines.string(line, "file");
        if (file == null || file.isBlank()) {
            return ReadOutcome.failed("no \"file\" field");
        }
        if (file.contains("/") || file.contains("\\")) {
            return ReadOutcome.failed("\"file\" must name a file of this folder, not a path: " + file);
        }
        return ReadOutcome.ok(new Entry(file, new SidecarMetadata(
                JsonLines.string(line, "title"), JsonLines.string(line, "url"),
                JsonLines.string(line, "outlet"), JsonLines.string(line, "published"))));
    }

    private void reject(String input, String reason) {
        rejections.add(new Rejection(input, reason));
    }
}
