package org.newsgraph.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Reads a cleaned text once into everything a copy is recognised by. */
final class Fingerprinter {

    private final MinHasher hasher;
    private final LshBands bands;

    Fingerprinter(DedupConfig config) {
        this.hasher = new MinHasher(config);
        this.bands = new LshBands(config);
    }

    /** Empty for a text without a word: it is like every other empty text and copies nothing. */
    Optional<Fingerprint> of(String cleanText) {
        FoldedWords words = FoldedWords.of(cleanText);
        if (words.count() == 0) {
            return Optional.empty();
        }
        Signature signature = hasher.signature(words);
        return Optional.of(new Fingerprint(sha256(words.joined()), signature, bands.keys(signature)));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
