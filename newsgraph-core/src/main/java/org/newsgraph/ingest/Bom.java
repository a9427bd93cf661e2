package org.newsgraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A byte-order mark, which settles a file's encoding before anything else does. */
enum Bom {
    NONE(StandardCharsets.UTF_8, 0),
    UTF_8(StandardCharsets.UTF_8, 3),
    UTF_16BE(StandardCharsets.UTF_16BE, 2),
    UTF_16LE(StandardCharsets.UTF_16LE, 2);

    private final Charset charset;
    private final int length;

    Bom(Charset charset, int length) {
        this.charset = charset;
        this.length = length;
    }

    static Bom of(byte[] bytes) {
        if (BinarySniffer.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return UTF_8;
        }
        if (BinarySniffer.startsWith(bytes, 0xFE, 0xFF)) {
            return UTF_16BE;
        }
        return BinarySniffer.startsWith(bytes, 0xFF, 0xFE) ? UTF_16LE : NONE;
    }

    Charset charset() {
        return charset;
    }

    int length() {
        return length;
    }

    boolean isUtf16() {
        return this == UTF_16BE || this == UTF_16LE;
    }
}
