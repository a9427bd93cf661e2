package org.newsgraph.dedup;

import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the stored article a new one copies: first an exact copy by the hash of its words, then
 * a near copy among the articles that share an LSH band with it, verified by the estimated
 * share of the new article's shingles that the stored one contains.
 *
 * <p>Containment of the new text, not Jaccard, because a copy that drops sentences loses
 * shingles from the original without adding any: dropping a fifth of an article costs Jaccard
 * a fifth but leaves containment whole. It is one-sided on purpose: a longer update of a short
 * report contains it, yet brings new text that should be analysed, so it is not its copy.
 */
public final class NearDuplicateDetector {

    private final DedupConfig config;
    private final SeenArticles seen;
    private final Fingerprinter fingerprinter;

    public NearDuplicateDetector(DedupConfig config, SeenArticles seen) {
        this.config = config;
        this.seen = seen;
        this.fingerprinter = new Fingerprinter(config);
    }

    /** The id of the remembered article this cleaned text copies, exactly or nearly, if any. */
    public Optional<Long> findCopy(String cleanText) {
        return fingerprinter.of(cleanText).flatMap(this::findCopy);
    }

    /**
     * Remembers an article so later copies of it are found. Remember only articles whose text
     * is analysed, not copies, so that a copy always points at an original.
     */
    /** Whether this article's fingerprint is kept, so that its copies can be found. */
    public boolean remembers(long articleId) {
        return seen.signatureOf(articleId).isPresent();
    }

    public void remember(long articleId, String cleanText) {
        fingerprinter.of(cleanText).ifPresent(fingerprint -> seen.remember(articleId, fingerprint));
    }

    private Optional<Long> findCopy(Fingerprint fingerprint) {
        Optional<Long> exact = seen.withCleanHash(fingerprint.cleanHash());
        return exact.isPresent() ? exact : nearest(fingerprint);
    }

    // Candidates are visited in id order and only a strictly better one replaces the best, so
    // ties go to the earliest article.
    private Optional<Long> nearest(Fingerprint fingerprint) {
        Signature signature = fingerprint.signature();
        Long best = null;
        double bestScore = 0;
        for (long candidate : new TreeSet<>(seen.candidates(fingerprint.bands()))) {
            double score = seen.signatureOf(candidate).map(signature::containmentIn).orElse(0.0);
            if (score >= config.threshold() && score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
