package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.SourceFormat;

class HtmlFileReadingTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void keepsThePageRawAndLeavesTheTitleToExtraction() {
        String page = "<html><head><title>T</title></head><body><p>Hello</p></body></html>";

        ArticleSource source = Inputs.accepted(Inputs.write(dir, "page.html", page));

        assertThat(source.format()).isEqualTo(SourceFormat.HTML);
        assertThat(source.body()).isEqualTo(page);
        assertThat(source.title()).isNull();
        assertThat(source.sourceKey()).isEqualTo("page.html");
    }

    @Test
    void readsHtmAsWell() {
        assertThat(Inputs.accepted(Inputs.write(dir, "page.htm", "<p>Hi</p>")).body()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void decodesWithTheCharsetTheMetaTagDeclares() {
        byte[] page = "<meta charset=\"windows-1252\"><p>Café – 5 €</p>".getBytes(WINDOWS_1252);

        assertThat(Inputs.accepted(Inputs.write(dir, "a.html", page)).body()).contains("Café – 5 €");
    }

    @Test
    void decodesWithTheCharsetOfAnHttpEquivTag() {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Café “quoted”</p>";

        assertThat(Inputs.accepted(Inputs.write(dir, "a.html", html.getBytes(WINDOWS_1252))).body())
                .contains("Café “quoted”");
    }

    @Test
    void decodesUndeclaredValidUtf8AsUtf8() {
        assertThat(Inputs.accepted(Inputs.write(dir, "a.html", "<p>Zelenskyy – Київ</p>")).body()).contains("Київ");
    }

    @Test
    void fallsBackToWindows1252WhenUndeclaredBytesAreNotUtf8() {
        byte[] page = "<p>Café</p>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Inputs.accepted(Inputs.write(dir, "a.html", page)).body()).isEqualTo("<p>Café</p>");
    }

    @Test
    void readsAGzippedPage() {
        byte[] page = Inputs.gzip("<p>Compressed news</p>".getBytes(StandardCharsets.UTF_8));

        assertThat(Inputs.accepted(Inputs.write(dir, "page.html.gz", page)).body()).isEqualTo("<p>Compressed news</p>");
    }

    @Test
    void rejectsATruncatedGzip() {
        byte[] whole = Inputs.gzip("<p>A long enough page to compress</p>".repeat(50).getBytes(StandardCharsets.UTF_8));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThat(Inputs.rejected(Inputs.write(dir, "page.html.gz", half)).reason()).isEqualTo("truncated or corrupt gzip data");
    }

    @Test
    void rejectsAGzNameThatIsNotGzip() {
        assertThat(Inputs.rejected(Inputs.write(dir, "page.html.gz", "<p>plain</p>")).reason())
                .isEqualTo("not gzip data (a .gz file must be gzip-compressed)");
    }

    @Test
    void boundsWhatAGzipExpandsTo() {
        byte[] bomb = Inputs.gzip(" ".repeat(100_000).getBytes(StandardCharsets.UTF_8));

        assertThat(Inputs.rejected(new IngestConfig(10_000, 10_000), Inputs.write(dir, "bomb.html.gz", bomb)).reason())
                .isEqualTo("gzip data expands past the 9.8 KB limit");
    }

    @Test
    void rejectsAnImageNamedHtml() {
        assertThat(Inputs.rejected(Inputs.write(dir, "photo.html", Inputs.PNG_HEADER)).reason())
                .isEqualTo("binary content (PNG image), not text");
    }

    @Test
    void rejectsAnEmptyPage() {
        assertThat(Inputs.rejected(Inputs.write(dir, "a.html", "  \n")).reason()).isEqualTo("empty file");
        assertThat(Inputs.rejected(Inputs.write(dir, "b.html.gz", Inputs.gzip(new byte[0]))).reason()).isEqualTo("empty file");
    }
}
