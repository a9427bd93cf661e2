package org.newsgraph.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Recognises binary files given a text name (a PNG saved as {@code .txt}) by their first bytes,
 * so that they are rejected by what they are instead of as a puzzling decoding error.
 */
final class BinarySniffer {

    private record Magic(String kind, int... prefix) {}

    private static final List<Magic> MAGICS = List.of(
            new Magic("PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            new Magic("JPEG image", 0xFF, 0xD8, 0xFF),
            new Magic("GIF image", 'G', 'I', 'F', '8'),
            new Magic("PDF document", '%', 'P', 'D', 'F', '-'),
            new Magic("ZIP archive", 'P', 'K', 0x03, 0x04),
            new Magic("ZIP archive", 'P', 'K', 0x05, 0x06),
            new Magic("gzip data", 0x1F, 0x8B));

    private BinarySniffer() {}

    /** What binary content the bytes start with, or empty when they may be text. */
    static Optional<String> magic(byte[] bytes) {
        return MAGICS.stream().filter(m -> startsWith(bytes, m.prefix())).map(Magic::kind).findFirst();
    }

    /** Whether the bytes start with these unsigned byte values. */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A NUL byte means binary in any 8-bit or UTF-8 text; -1 when there is none. */
    static int firstNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
