package org.newsgraph.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's cursor: opaque to clients, it holds where the next page starts and a digest of the
 * query it belongs to, so that a cursor given with other filters is refused rather than read wrong.
 * Listings are read from the store as it is when asked: when an analyze adds articles between two
 * pages, the next page may repeat or skip an item.
 */
final class Cursor {

    private static final Pattern FORM = Pattern.compile("1:(\\d{1,9}):([0-9a-f]{8})");

    private Cursor() {}

    static String of(int offset, String query) {
        String plain = "1:" + offset + ":" + digest(query);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static int offset(String cursor, String query) {
        Matcher m = FORM.matcher(decoded(cursor));
        if (!m.matches()) {
            throw Problem.Raised.badParameter(Params.CURSOR, "not a cursor this API gave: give the next of a page as it is");
        }
        if (!m.group(2).equals(digest(query))) {
            throw Problem.Raised.badParameter(Params.CURSOR, "given for another query: keep the filters of the page it came from");
        }
        return Integer.parseInt(m.group(1));
    }

    private static String decoded(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    private static String digest(String query) {
        return String.format("%08x", query.hashCode());
    }
}
