package org.newsgraph.dedup;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The port to the fingerprints of articles already seen. A store keeps, per remembered article,
 * its clean hash and signature (a blob, {@link Signature#bytes()}), and one row
 * {@code minhash_bands(band, bucket, article_id)} per band, indexed on {@code (band, bucket)},
 * so that every lookup is an index probe whatever the number of articles.
 */
public interface SeenArticles {

    /** The first article remembered with this clean hash, if any. */
    Optional<Long> withCleanHash(String cleanHash);

    /** Every article that shares at least one of these band keys. */
    Set<Long> candidates(List<BandKey> bands);

    /** The signature remembered for an article, if it was remembered. */
    Optional<Signature> signatureOf(long articleId);

    /** Remembers an article's fingerprint; remembering an id again changes nothing. */
    void remember(long articleId, Fingerprint fingerprint);
}
