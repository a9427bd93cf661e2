package org.newsgraph.ingest;

import java.util.Locale;

/** Sizes written for people: "50.0 MB", and limits without a needless ".0": "16 MB". */
final class ByteSize {

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private ByteSize() {}

    static String of(long bytes) {
        if (bytes < KIB) {
            return bytes + " bytes";
        }
        return String.format(Locale.ROOT, "%.1f %s", scaled(bytes), unit(bytes));
    }

    static String limit(long bytes) {
        String size = of(bytes);
        return size.replace(".0 ", " ");
    }

    /** The reason a file or line is rejected for being too large. */
    static String tooLarge(String what, long bytes, long limit) {
        return what + " is " + of(bytes) + ", over the " + limit(limit) + " limit";
    }

    private static double scaled(long bytes) {
        return bytes >= MIB ? bytes / (double) MIB : bytes / (double) KIB;
    }

    private static String unit(long bytes) {
        return bytes >= MIB ? "MB" : "KB";
    }
}
