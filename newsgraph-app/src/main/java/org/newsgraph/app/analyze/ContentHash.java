package org.newsgraph.app.analyze;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsgraph.model.ArticleSource;

/** The key of an article's content: SHA-256 over its title and body as read. */
final class ContentHash {

    private ContentHash() {}

    static String of(ArticleSource source) {
        MessageDigest sha = sha256();
        sha.update(nullToEmpty(source.title()).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(source.body().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
