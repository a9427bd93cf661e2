package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns file bytes into a string, or names what is wrong with them. */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    /**
     * Text that must be exactly what it claims: UTF-8 (or UTF-16 with a byte-order mark), since a
     * silently replaced byte would change the words the analysis reads.
     */
    static ReadOutcome<String> text(byte[] bytes) {
        return notBinary(bytes)
                .then(bom -> strict(bytes, bom.length(), bom.charset()))
                .then(TextDecoder::notBlank);
    }

    /**
     * A web page, decoded the way browsers do: byte-order mark, then a declared charset, then
     * UTF-8 when it is valid, else windows-1252 (what "latin-1" pages really are).
     */
    static ReadOutcome<String> page(byte[] bytes) {
        return notBinary(bytes).map(bom -> pageText(bytes, bom)).then(TextDecoder::notBlank);
    }

    /** A line of a JSONL file, which the format requires to be UTF-8. */
    static ReadOutcome<String> line(byte[] bytes) {
        int skip = Bom.of(bytes) == Bom.UTF_8 ? 3 : 0;
        return strict(bytes, skip, StandardCharsets.UTF_8);
    }

    private static ReadOutcome<Bom> notBinary(byte[] bytes) {
        if (bytes.length == 0) {
            return ReadOutcome.failed("empty file");
        }
        Optional<String> magic = BinarySniffer.magic(bytes);
        if (magic.isPresent()) {
            return binary(magic.get());
        }
        Bom bom = Bom.of(bytes);
        int nul = bom.isUtf16() ? -1 : BinarySniffer.firstNul(bytes);
        return nul < 0 ? ReadOutcome.ok(bom) : binary("NUL byte at offset " + nul);
    }

    private static <T> ReadOutcome<T> binary(String kind) {
        return ReadOutcome.failed("binary content (" + kind + "), not text");
    }

    private static ReadOutcome<String> notBlank(String text) {
        return text.isBlank() ? ReadOutcome.failed("empty file") : ReadOutcome.ok(text);
    }

    private static String pageText(byte[] bytes, Bom bom) {
        if (bom != Bom.NONE) {
            return lenient(bytes, bom.length(), bom.charset());
        }
        Optional<Charset> declared = CharsetSniffer.declared(bytes);
        if (declared.isPresent()) {
            return lenient(bytes, 0, declared.get());
        }
        return strict(bytes, 0, StandardCharsets.UTF_8).fold(text -> text, notUtf8 -> lenient(bytes, 0, WINDOWS_1252));
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static ReadOutcome<String> strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // the decoder stops at the first bad byte, so its position is that byte's offset
            return ReadOutcome.failed(String.format("not valid %s (bad byte 0x%02X at offset %d)",
                    charset.name(), bytes[in.position()] & 0xFF, in.position()));
        }
        return ReadOutcome.ok(out.flip().toString());
    }
}
