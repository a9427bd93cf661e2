package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Rejection;

class InputScannerTest {

    @TempDir
    Path dir;

    private final InputScanner scanner = new InputScanner(IngestConfig.defaults());

    private InputPlan scan(Path... inputs) {
        return scanner.scan(List.of(inputs));
    }

    private static List<String> names(InputPlan plan) {
        return plan.files().stream().map(InputFile::displayName).toList();
    }

    @Test
    void readsFoldersRecursivelyInPathOrder() {
        Path in = dir.resolve("in");
        Inputs.write(in, "b.txt", "B");
        Inputs.write(in, "a/z.txt", "Z");
        Inputs.write(in, "a/b/c.html", "C");
        Inputs.write(in, "10.txt", "10");
        Inputs.write(in, "2.txt", "2");

        assertThat(names(scan(in))).containsExactly(
                in + "/10.txt", in + "/2.txt", in + "/a/b/c.html", in + "/a/z.txt", in + "/b.txt");
    }

    @Test
    void classifiesFilesByName() {
        Path in = dir.resolve("in");
        for (String name : List.of("a.txt", "b.html", "c.htm", "d.html.gz", "e.jsonl", "F.TXT")) {
            Inputs.write(in, name, "x");
        }

        assertThat(scan(in).files()).extracting(InputFile::kind).containsExactly(
                InputKind.TEXT, InputKind.TEXT, InputKind.HTML, InputKind.HTML, InputKind.HTML, InputKind.JSONL);
    }

    @Test
    void rejectsAnUnsupportedFileTypeNamingItsExtension() {
        Path png = Inputs.write(dir, "photo.png", Inputs.PNG_HEADER);

        assertThat(scan(png).rejections()).containsExactly(new Rejection(png.toString(),
                "unsupported file type '.png' (expected .txt, .html, .htm, .html.gz or .jsonl)"));
    }

    @Test
    void rejectsAFileWithoutExtension() {
        Path file = Inputs.write(dir, "README", "x");

        assertThat(scan(file).rejections().get(0).reason()).startsWith("unsupported file type (no extension)");
    }

    @Test
    void rejectsAPathThatDoesNotExistAndGoesOn() {
        Path good = Inputs.write(dir, "good.txt", "x");
        Path missing = dir.resolve("missing.txt");

        InputPlan plan = scan(missing, good);

        assertThat(plan.rejections()).containsExactly(new Rejection(missing.toString(), "no such file or directory"));
        assertThat(names(plan)).containsExactly(good.toString());
    }

    @Test
    void skipsHiddenEntriesInsideFoldersButReadsAHiddenFileNamedExplicitly() {
        Path in = dir.resolve("in");
        Inputs.write(in, "a.txt", "x");
        Path hidden = Inputs.write(in, ".draft.txt", "x");
        Inputs.write(in, ".git/HEAD.txt", "x");

        assertThat(names(scan(in))).containsExactly(in + "/a.txt");
        assertThat(scan(in).rejections()).isEmpty();
        assertThat(names(scan(hidden))).containsExactly(hidden.toString());
    }

    @Test
    void reportsBrokenSymbolicLinksInFoldersAndNamedExplicitly() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path link = Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("nowhere.txt"));

        assertThat(scan(in).rejections()).containsExactly(new Rejection(link.toString(), "broken symbolic link"));
        assertThat(scan(link).rejections()).containsExactly(new Rejection(link.toString(), "broken symbolic link"));
    }

    @Test
    void followsSymbolicLinksToFilesAndFolders() throws IOException {
        Path elsewhere = dir.resolve("elsewhere");
        Inputs.write(elsewhere, "a.txt", "x");
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.createSymbolicLink(in.resolve("linked"), elsewhere);
        Files.createSymbolicLink(in.resolve("b.txt"), elsewhere.resolve("a.txt"));

        assertThat(names(scan(in))).containsExactly(in + "/b.txt");
        assertThat(names(scan(dir.resolve("in/linked")))).containsExactly(in + "/linked/a.txt");
    }

    @Test
    void survivesASymbolicLinkLoop() throws IOException {
        Path in = dir.resolve("in");
        Inputs.write(in, "a.txt", "x");
        Files.createSymbolicLink(in.resolve("loop"), in);

        assertThat(names(scan(in))).containsExactly(in + "/a.txt");
    }

    @Test
    void listsAFileNamedTwiceOnce() {
        Path in = dir.resolve("in");
        Path file = Inputs.write(in, "a.txt", "x");

        assertThat(names(scan(file, in, file))).containsExactly(file.toString());
    }

    @Test
    void appliesASidecarToTheFilesOfItsOwnFolder() {
        Path in = dir.resolve("in");
        Inputs.write(in, "a.txt", "x");
        Inputs.write(in, "sub/a.txt", "x");
        Inputs.write(in, "metadata.jsonl", """
                {"file": "a.txt", "url": "https://e.org/a", "outlet": "E", "published": "2023-04-20", "title": "T"}
                """);

        InputPlan plan = scan(in);

        assertThat(names(plan)).containsExactly(in + "/a.txt", in + "/sub/a.txt");
        assertThat(plan.files().get(0).metadata())
                .isEqualTo(new SidecarMetadata("T", "https://e.org/a", "E", "2023-04-20"));
        assertThat(plan.files().get(1).metadata()).isEqualTo(SidecarMetadata.none());
    }

    @Test
    void appliesTheSidecarToAFileNamedExplicitly() {
        Path file = Inputs.write(dir, "a.txt", "x");
        Inputs.write(dir, "metadata.jsonl", "{\"file\": \"a.txt\", \"outlet\": \"E\"}");

        assertThat(scan(file).files().get(0).metadata().outlet()).isEqualTo("E");
    }

    @Test
    void reportsABrokenSidecarLineAndAppliesTheOthers() {
        Path in = dir.resolve("in");
        Inputs.write(in, "a.txt", "x");
        Inputs.write(in, "b.txt", "x");
        Path sidecar = Inputs.write(in, "metadata.jsonl", """
                {"file": "a.txt", "outlet": "A"}
                {"file": "b.txt", "outlet":
                {"outlet": "no file"}
                {"file": "sub/b.txt", "outlet": "B"}
                {"file": "a.txt", "outlet": "again"}
                """);

        InputPlan plan = scan(in);

        assertThat(plan.files()).extracting(file -> file.metadata().outlet()).containsExactly("A", null);
        assertThat(plan.rejections()).extracting(Rejection::input).containsExactly(
                sidecar + ":2", sidecar + ":3", sidecar + ":4", sidecar + ":5");
        assertThat(plan.rejections().get(0).reason()).startsWith("malformed JSON: ");
        assertThat(plan.rejections().get(1).reason()).isEqualTo("no \"file\" field");
        assertThat(plan.rejections().get(2).reason()).startsWith("\"file\" must name a file of this folder");
        assertThat(plan.rejections().get(3).reason()).isEqualTo("a second line for 'a.txt' (the first one applies)");
    }

    @Test
    void readsASidecarOnceAndListsNoArticleForIt() {
        Path in = dir.resolve("in");
        Inputs.write(in, "a.txt", "x");
        Path sidecar = Inputs.write(in, "metadata.jsonl", "not json");

        InputPlan plan = scan(in, sidecar);

        assertThat(names(plan)).containsExactly(in + "/a.txt");
        assertThat(plan.rejections()).hasSize(1);
    }

    @Test
    void rejectsAFolderItCannotListAndGoesOn() throws IOException {
        Path locked = dir.resolve("in/locked");
        Inputs.write(locked, "a.txt", "x");
        Path open = Inputs.write(dir.resolve("in"), "b.txt", "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reading");

        InputPlan plan = scan(dir.resolve("in"));

        assertThat(plan.rejections()).containsExactly(new Rejection(locked.toString(), "cannot read: permission denied"));
        assertThat(names(plan)).containsExactly(open.toString());
    }

    @Test
    void readsAFolderNamedLikeAFileAsAFolder() {
        Path folder = dir.resolve("x.txt");
        Inputs.write(folder, "inner.txt", "x");

        assertThat(names(scan(folder))).containsExactly(folder + "/inner.txt");
    }
}
