package org.newsgraph.app.analyze;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.newsgraph.model.ArticleSource;

/** The key of an article's content: SHA-256 over its title and body as read. */
final class ContentHash {

    private ContentHash() {}

    static String of(ArticleSource source) {
        return Hashing.sha256().newHasher()
                .putString(source.title() == null ? "" : source.title(), StandardCharsets.UTF_8)
                .putByte((byte) 0)
                .putString(source.body(), StandardCharsets.UTF_8)
                .hash().toString();
    }
}
