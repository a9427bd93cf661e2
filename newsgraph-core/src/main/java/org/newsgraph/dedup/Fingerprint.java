package org.newsgraph.dedup;

import java.util.List;

/**
 * What is remembered of one article's cleaned text.
 *
 * @param cleanHash SHA-256 (hex) of its lower-cased words: equal for exact copies
 * @param signature its MinHash signature; {@link Signature#EMPTY} for a text shorter than a shingle
 * @param bands     the LSH band keys of the signature; none when the signature is empty
 */
public record Fingerprint(String cleanHash, Signature signature, List<BandKey> bands) {

    public Fingerprint {
        bands = List.copyOf(bands);
    }
}
