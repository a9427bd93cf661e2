package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;

class TextFileReadingTest {

    @TempDir
    Path dir;

    @Test
    void takesTheFirstNonEmptyLineAsTitleAndTheRestAsBody() {
        ArticleSource source = Inputs.accepted(Inputs.write(dir, "a.txt", "\n  \nNATO meets\r\n\r\nFirst paragraph.\n\nSecond.\n\n"));

        assertThat(source.title()).isEqualTo("NATO meets");
        assertThat(source.body()).isEqualTo("First paragraph.\n\nSecond.");
        assertThat(source.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(source.file()).isEqualTo("a.txt");
        assertThat(source.sourceKey()).isEqualTo("a.txt");
        assertThat(source.published()).isEqualTo(PublicationDate.none());
    }

    @Test
    void aTitleFollowedByABlankLineIsSetApartAndOneFollowedByTextIsNot() {
        ArticleSource apart = Inputs.accepted(Inputs.write(dir, "a.txt", "Council meets\r\n\r\nFirst paragraph."));
        ArticleSource run = Inputs.accepted(Inputs.write(dir, "b.txt", "Council meets\nFirst paragraph."));
        ArticleSource alone = Inputs.accepted(Inputs.write(dir, "c.txt", "Council meets\n\n"));

        assertThat(apart.titleSetApart()).isTrue();
        assertThat(run.titleSetApart()).isFalse();
        assertThat(alone.titleSetApart()).isFalse();
        assertThat(apart.body()).isEqualTo(run.body());
    }

    @Test
    void keepsATitleWithoutBody() {
        ArticleSource source = Inputs.accepted(Inputs.write(dir, "a.txt", "Only a title\n"));

        assertThat(source.title()).isEqualTo("Only a title");
        assertThat(source.body()).isEmpty();
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(Inputs.rejected(Inputs.write(dir, "empty.txt", "")).reason()).isEqualTo("empty file");
    }

    @Test
    void rejectsAWhitespaceOnlyFile() {
        assertThat(Inputs.rejected(Inputs.write(dir, "blank.txt", " \n\t\r\n ")).reason()).isEqualTo("empty file");
    }

    @Test
    void rejectsAPngNamedTxt() {
        Path png = Inputs.write(dir, "photo.txt", Inputs.PNG_HEADER);

        assertThat(Inputs.rejected(png).reason()).isEqualTo("binary content (PNG image), not text");
        assertThat(Inputs.rejected(png).input()).isEqualTo(png.toString());
    }

    @Test
    void rejectsOtherBinaryFormatsByTheirMagicNumber() {
        assertThat(Inputs.rejected(Inputs.write(dir, "a.txt", "%PDF-1.7\n...")).reason())
                .isEqualTo("binary content (PDF document), not text");
        assertThat(Inputs.rejected(Inputs.write(dir, "b.txt", Inputs.gzip(new byte[] {1, 2}))).reason())
                .isEqualTo("binary content (gzip data), not text");
        assertThat(Inputs.rejected(Inputs.write(dir, "c.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).reason())
                .isEqualTo("binary content (JPEG image), not text");
    }

    @Test
    void rejectsTextWithNulBytes() {
        assertThat(Inputs.rejected(Inputs.write(dir, "a.txt", "Title\nbo\0dy")).reason())
                .isEqualTo("binary content (NUL byte at offset 8), not text");
    }

    @Test
    void rejectsInvalidUtf8NamingTheByteAndItsOffset() {
        byte[] latin1 = "Café au lait".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Inputs.rejected(Inputs.write(dir, "a.txt", latin1)).reason())
                .isEqualTo("not valid UTF-8 (bad byte 0xE9 at offset 3)");
    }

    @Test
    void rejectsUtf8CutInTheMiddleOfACharacter() {
        byte[] euro = "Price: €".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(euro, euro.length - 1);

        assertThat(Inputs.rejected(Inputs.write(dir, "a.txt", cut)).reason()).startsWith("not valid UTF-8 (bad byte 0xE2 at offset 7)");
    }

    @Test
    void stripsAUtf8ByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Title\nBody".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);

        assertThat(Inputs.accepted(Inputs.write(dir, "a.txt", both)).title()).isEqualTo("Title");
    }

    @Test
    void decodesUtf16WithAByteOrderMark() {
        byte[] utf16 = "\uFEFFZelensky in Kyiv\nBody".getBytes(StandardCharsets.UTF_16LE);

        ArticleSource source = Inputs.accepted(Inputs.write(dir, "a.txt", utf16));

        assertThat(source.title()).isEqualTo("Zelensky in Kyiv");
        assertThat(source.body()).isEqualTo("Body");
    }

    @Test
    void rejectsAFileOverTheLimitWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: costs no disk write
        }

        assertThat(Inputs.rejected(huge).reason()).isEqualTo("file is 50.0 MB, over the 16 MB limit");
    }

    @Test
    void statesSmallLimitsInKilobytes() {
        Path file = Inputs.write(dir, "a.txt", "x".repeat(3000));

        assertThat(Inputs.rejected(new IngestConfig(2048, 2048), file).reason())
                .isEqualTo("file is 2.9 KB, over the 2 KB limit");
    }

    @Test
    void rejectsAFileItCannotRead() throws IOException {
        Path secret = Inputs.write(dir, "secret.txt", "Title\nBody");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as root: permissions do not stop reading");

        assertThat(Inputs.rejected(secret).reason()).isEqualTo("cannot read: permission denied");
    }

    @Test
    void rejectsADirectoryWhereAFileIsExpected() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("x.txt"));

        assertThat(Inputs.rejected(folder).reason()).isEqualTo("not a regular file");
    }

    @Test
    void rejectsANamedPipeWithoutWaitingOnIt() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.txt");
        boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        assumeTrue(made && Files.exists(fifo), "mkfifo is not available here");

        assertThat(Inputs.rejected(fifo).reason()).isEqualTo("not a regular file");
    }

    @Test
    void rejectsAFileThatIsGone() {
        assertThat(Inputs.rejected(dir.resolve("gone.txt")).reason()).isEqualTo("no such file or directory");
    }

    @Test
    void rejectsABrokenSymbolicLink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("missing.txt"));

        assertThat(Inputs.rejected(link).reason()).isEqualTo("broken symbolic link");
    }

    @Test
    void letsSidecarValuesOverrideTheFile() {
        Path file = Inputs.write(dir, "a.txt", "Own title\nBody");
        SidecarMetadata metadata = new SidecarMetadata("Sidecar title", "https://example.org/a", "Example", "2023-04-20");

        var items = Inputs.read(new InputFile(file, file.toString(), InputKind.TEXT, metadata));

        ArticleSource source = ((IngestItem.Accepted) items.get(0)).source();
        assertThat(source.title()).isEqualTo("Sidecar title");
        assertThat(source.body()).isEqualTo("Body");
        assertThat(source.url()).isEqualTo("https://example.org/a");
        assertThat(source.outlet()).isEqualTo("Example");
        assertThat(source.published()).isEqualTo(new PublicationDate("2023-04-20", Basis.METADATA, 1.0));
    }

    @Test
    void ignoresAMalformedSidecarDateButKeepsTheArticle() {
        Path file = Inputs.write(dir, "a.txt", "Title\nBody");
        SidecarMetadata metadata = new SidecarMetadata(null, null, null, "last Thursday");

        var items = Inputs.read(new InputFile(file, file.toString(), InputKind.TEXT, metadata));

        assertThat(((IngestItem.Accepted) items.get(0)).source().published().isKnown()).isFalse();
    }
}
