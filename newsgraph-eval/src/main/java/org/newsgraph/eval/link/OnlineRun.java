package org.newsgraph.eval.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.cluster.ClusterConfig;
import org.newsgraph.cluster.EventClusterer;
import org.newsgraph.cluster.InMemoryEventClusters;
import org.newsgraph.eval.events.ClusterScore;
import org.newsgraph.eval.events.Partition;
import org.newsgraph.model.Placement;

/**
 * Clusters a corpus as the product does, online in store order, in memory, and scores the result
 * against the gold: B-cubed and pairs, the pairs of one cluster published more than a week apart,
 * and the largest cluster.
 */
public final class OnlineRun {

    /** Reports of one event are published within a week of each other (docs/clusters.md). */
    private static final int WEEK = 7;

    private OnlineRun() {}

    /** What one run gave. */
    public record Result(String corpus, ClusterScore score, long farPairs, int largest) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %s; %d pairs of one cluster published >7 days apart; largest %d",
                    corpus, score.bcubed(), farPairs, largest);
        }
    }

    public static Result run(LinkCorpus corpus, ClusterConfig config) {
        return run(corpus, config, false);
    }

    /** With {@code mergeAgain}, the clusters are looked at again once all are placed. */
    public static Result run(LinkCorpus corpus, ClusterConfig config, boolean mergeAgain) {
        InMemoryEventClusters clusters = new InMemoryEventClusters();
        EventClusterer clusterer = new EventClusterer(clusters, config);
        Map<String, Long> articleOf = new LinkedHashMap<>();
        Map<String, String> gold = new LinkedHashMap<>();
        for (LinkCorpus.Item item : corpus.articles()) {
            clusterer.place(item.profile());
            articleOf.put(item.file(), item.profile().article());
            gold.put(item.file(), item.event());
        }
        if (mergeAgain) {
            clusterer.mergeAgain(clusters.clusterIds());
        }
        Map<Long, Long> clusterOf = clusters.assignment();
        Map<String, String> predicted = new LinkedHashMap<>();
        Map<Long, List<String>> published = new HashMap<>();
        for (LinkCorpus.Item item : corpus.articles()) {
            long c = clusterOf.get(item.profile().article());
            predicted.put(item.file(), "c" + c);
            String day = item.profile().event().published();
            if (day != null) {
                published.computeIfAbsent(c, k -> new ArrayList<>()).add(day);
            }
        }
        Partition answer = new Partition(predicted);
        int largest = answer.clusters().values().stream().mapToInt(List::size).max().orElse(0);
        return new Result(corpus.name() + (mergeAgain ? ", merged again" : ""), ClusterScore.of(answer,
                new Partition(gold)), farPairs(published), largest);
    }

    private static long farPairs(Map<Long, List<String>> published) {
        long far = 0;
        for (List<String> days : published.values()) {
            for (int i = 0; i < days.size(); i++) {
                for (int j = i + 1; j < days.size(); j++) {
                    long apart = ChronoUnit.DAYS.between(LocalDate.parse(days.get(i)), LocalDate.parse(days.get(j)));
                    far += Math.abs(apart) > WEEK ? 1 : 0;
                }
            }
        }
        return far;
    }
}
