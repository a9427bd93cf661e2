package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes, holding at most one line (of at most the limit) in memory,
 * so that a JSONL file of any size can be read.
 */
final class ByteLines {

    /** One line without its line break; {@code bytes} is null when the line was over the limit. */
    record Line(int number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private int number;

    ByteLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (!fill()) {
            return null;
        }
        number++;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean ended = false;
        while (!ended && fill()) {
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            int count = stop - position;
            if (length + count <= maxLineBytes) {
                line.write(buffer, position, count);
            }
            length += count;
            position = newline < 0 ? end : newline + 1;
            ended = newline >= 0;
        }
        return length > maxLineBytes ? new Line(number, null, length) : new Line(number, withoutCr(line), length);
    }

    private boolean fill() throws IOException {
        if (position < end) {
            return true;
        }
        int read = in.read(buffer); // blocks for at least one byte: 0 never comes back
        position = 0;
        end = Math.max(read, 0);
        return read > 0;
    }

    private int indexOfNewline() {
        for (int i = position; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] withoutCr(ByteArrayOutputStream line) {
        byte[] bytes = line.toByteArray();
        boolean cr = bytes.length > 0 && bytes[bytes.length - 1] == '\r';
        return cr ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }
}
