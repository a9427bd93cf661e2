package org.newsgraph.app.clusters;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * What a recluster did.
 *
 * @param articles how many articles the window held
 * @param clusters how many clusters it looked at
 * @param changed  the clusters its merges and splits took articles from or gave them to
 */
public record ReclusterSummary(int articles, int clusters, int merges, int splits, Duration took, Set<Long> changed) {

    public ReclusterSummary {
        changed = Set.copyOf(changed);
    }

    /** "recluster: N clusters looked at, M merges, K splits in T s". */
    public String line() {
        return String.format(Locale.ROOT, "recluster: %d clusters looked at, %d merges, %d splits in %.1f s", clusters,
                merges, splits, took.toMillis() / 1000.0);
    }
}
