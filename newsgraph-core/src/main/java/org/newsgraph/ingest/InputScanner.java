package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Rejection;

/**
 * Finds the files to read among the inputs a user named: folders are read recursively, in the
 * order of their paths, so that a run is repeatable; hidden entries inside folders are skipped.
 */
public final class InputScanner {

    private final IngestConfig config;

    public InputScanner(IngestConfig config) {
        this.config = config;
    }

    public InputPlan scan(List<Path> inputs) {
        Scan scan = new Scan(config);
        inputs.forEach(scan::input);
        return new InputPlan(scan.files, scan.rejections);
    }

    /** The state of one call to {@link #scan}, so that the scanner itself holds none. */
    private static final class Scan {

        private final List<InputFile> files = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private final Sidecars sidecars;
        /** Real paths already taken, so that a file named twice, or reached twice by links, is read once. */
        private final Set<Path> seen = new HashSet<>();

        Scan(IngestConfig config) {
            this.sidecars = new Sidecars(config, rejections);
        }

        void input(Path input) {
            if (Files.isDirectory(input)) {
                folder(input);
            } else if (Files.exists(input)) {
                file(input);
            } else if (Files.isSymbolicLink(input)) {
                reject(input, "broken symbolic link");
            } else if (Files.notExists(input)) {
                reject(input, "no such file or directory");
            } else {
                reject(input, "cannot read: permission denied"); // neither there nor not: stat failed
            }
        }

        private void folder(Path root) {
            List<Path> found = new ArrayList<>();
            Deque<Path> pending = new ArrayDeque<>(List.of(root));
            while (!pending.isEmpty()) {
                Path folder = pending.pop();
                if (seen.add(identity(folder))) {
                    list(folder, pending, found);
                }
            }
            found.sort(Comparator.comparing(Path::toString));
            found.forEach(this::entry);
        }

        /** Lists one folder without recursion, so that a deep tree cannot overflow the stack. */
        private void list(Path folder, Deque<Path> pending, List<Path> found) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    if (entry.getFileName().toString().startsWith(".")) {
                        continue; // .git, .DS_Store and editor files are not the user's articles
                    }
                    if (Files.isDirectory(entry)) {
                        pending.push(entry);
                    } else {
                        found.add(entry);
                    }
                }
            } catch (IOException e) {
                reject(folder, FileBytes.reasonFor(e));
            }
        }

        private void entry(Path path) {
            if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                reject(path, "broken symbolic link");
            } else {
                file(path);
            }
        }

        private void file(Path path) {
            String name = path.getFileName().toString();
            Optional<InputKind> kind = InputKind.of(name);
            if (kind.isEmpty()) {
                reject(path, InputKind.unsupported(name));
            } else if (kind.get() == InputKind.SIDECAR) {
                sidecars.load(path);
            } else if (seen.add(identity(path))) {
                files.add(new InputFile(path, path.toString(), kind.get(), sidecars.forFile(path)));
            }
        }

        private void reject(Path input, String reason) {
            rejections.add(new Rejection(input.toString(), reason));
        }

        private static Path identity(Path path) {
            try {
                return path.toRealPath();
            } catch (IOException e) {
                return path.toAbsolutePath().normalize(); // the reader will report the fault
            }
        }
    }
}
