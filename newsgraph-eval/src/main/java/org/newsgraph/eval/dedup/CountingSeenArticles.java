package org.newsgraph.eval.dedup;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.dedup.BandKey;
import org.newsgraph.dedup.Fingerprint;
import org.newsgraph.dedup.SeenArticles;
import org.newsgraph.dedup.Signature;

/** Counts the candidates handed out: the work per article that must not grow with the store. */
final class CountingSeenArticles implements SeenArticles {

    private final SeenArticles seen;
    private long candidates;

    CountingSeenArticles(SeenArticles seen) {
        this.seen = seen;
    }

    long candidates() {
        return candidates;
    }

    @Override
    public Optional<Long> withCleanHash(String cleanHash) {
        return seen.withCleanHash(cleanHash);
    }

    @Override
    public Set<Long> candidates(List<BandKey> bands) {
        Set<Long> found = seen.candidates(bands);
        candidates += found.size();
        return found;
    }

    @Override
    public Optional<Signature> signatureOf(long articleId) {
        return seen.signatureOf(articleId);
    }

    @Override
    public void remember(long articleId, Fingerprint fingerprint) {
        seen.remember(articleId, fingerprint);
    }
}
