package org.newsgraph.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/**
 * Seen articles in hash maps, for runs without a store and for tests: every lookup costs the
 * same whatever the number of articles. Methods are synchronized so one instance can be shared.
 */
public final class InMemorySeenArticles implements SeenArticles {

    private final Map<String, Long> byCleanHash = new HashMap<>();
    private final Map<BandKey, List<Long>> byBand = new HashMap<>();
    private final Map<Long, Signature> signatures = new HashMap<>();

    @Override
    public synchronized Optional<Long> withCleanHash(String cleanHash) {
        return Optional.ofNullable(byCleanHash.get(cleanHash));
    }

    @Override
    public synchronized Set<Long> candidates(List<BandKey> bands) {
        Set<Long> found = new HashSet<>();
        for (BandKey band : bands) {
            found.addAll(byBand.getOrDefault(band, List.of()));
        }
        return found;
    }

    @Override
    public synchronized Optional<Signature> signatureOf(long articleId) {
        return Optional.ofNullable(signatures.get(articleId));
    }

    @Override
    public synchronized void remember(long articleId, Fingerprint fingerprint) {
        if (signatures.putIfAbsent(articleId, fingerprint.signature()) != null) {
            return;
        }
        byCleanHash.putIfAbsent(fingerprint.cleanHash(), articleId);
        for (BandKey band : fingerprint.bands()) {
            byBand.computeIfAbsent(band, b -> new ArrayList<>(1)).add(articleId);
        }
    }

    /** How many articles are remembered. */
    public synchronized int size() {
        return signatures.size();
    }
}
