package org.newsgraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the charset a web page declares in a {@code <meta>} tag near its start. */
final class CharsetSniffer {

    /** Browsers look this far into a page for a declaration (the HTML prescan). */
    private static final int PRESCAN_BYTES = 4096;

    /** Matches both {@code <meta charset="x">} and {@code <meta http-equiv content="...; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {}

    static Optional<Charset> declared(byte[] bytes) {
        // every byte is one char in ISO-8859-1, and the tag itself is ASCII in every charset a page may declare
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? supported(matcher.group(1)) : Optional.empty();
    }

    private static Optional<Charset> supported(String name) {
        String label = name.toLowerCase(Locale.ROOT);
        // as in the HTML standard: a page that could read its own meta tag is not UTF-16, and
        // pages labelled latin-1 or ASCII use windows-1252's extra characters
        if (label.startsWith("utf-16")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            return Optional.of(Charset.forName("windows-1252"));
        }
        try {
            return Charset.isSupported(label) ? Optional.of(Charset.forName(label)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty(); // an unknown label is as good as none
        }
    }
}
