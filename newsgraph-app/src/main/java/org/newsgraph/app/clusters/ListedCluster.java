package org.newsgraph.app.clusters;

import java.util.List;

/**
 * One event cluster as a user looks at it: its id, its members in the order they were placed,
 * the span of their publication days, their outlets, a title (its first report's), and the
 * clusters merged into it, and its history: every merge and split it took part in, with the reason
 * ("merged c12 into it", "split c9 off it", "split from c5").
 *
 * @param firstPublished the earliest publication day of a member, null when none is known
 * @param lastPublished  the latest, null when none is known
 */
public record ListedCluster(String id, String title, String firstPublished, String lastPublished,
        List<String> outlets, List<Member> members, List<String> merged, List<String> history) {

    public ListedCluster {
        outlets = List.copyOf(outlets);
        members = List.copyOf(members);
        merged = List.copyOf(merged);
        history = List.copyOf(history);
    }

    /**
     * One article of a cluster and why it is there: whether it opened the cluster, the link model's
     * probability and what each feature added ({@code reason}), or "copy" for a near-duplicate; and
     * {@code moved}, how a merge or a split brought it here since (empty when it was placed here).
     */
    public record Member(String article, String file, String title, String published, String outlet, boolean opened,
            double score, String reason, String moved) {}

    public int size() {
        return members.size();
    }
}
