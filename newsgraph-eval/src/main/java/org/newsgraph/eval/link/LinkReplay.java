package org.newsgraph.eval.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.cluster.ClusterConfig;
import org.newsgraph.cluster.EventClusterer;
import org.newsgraph.cluster.InMemoryEventClusters;
import org.newsgraph.model.Placement;

/**
 * Replays a corpus through the clusterer with the gold deciding: each article is compared with the
 * candidates the index gives, as in a real run, and each comparison that no rule rules out becomes
 * an example; then the article goes to its gold event's cluster. The examples are the decisions the
 * model will face, made against clusters as they should have grown.
 */
public final class LinkReplay {

    private final ClusterConfig config;

    public LinkReplay(ClusterConfig config) {
        this.config = config;
    }

    /**
     * The examples of one replay, and how often the gold cluster was out of the model's reach: not
     * among the candidates the index gave, or ruled out by the publication window.
     */
    public record Replay(List<LinkExample> examples, int joins, int notCandidate, int ruledOut) {

        @Override
        public String toString() {
            return examples.size() + " comparisons, " + examples.stream().filter(LinkExample::same).count()
                    + " with the gold event; of " + joins + " articles whose event had a cluster, " + notCandidate
                    + " did not get it as a candidate and " + ruledOut + " had it ruled out";
        }
    }

    public Replay replay(LinkCorpus corpus) {
        EventClusterer clusterer = new EventClusterer(new InMemoryEventClusters(), config);
        Map<String, Long> clusterOf = new HashMap<>();
        List<LinkExample> examples = new ArrayList<>();
        int joins = 0;
        int notCandidate = 0;
        int ruledOut = 0;
        for (LinkCorpus.Item item : corpus.articles()) {
            Long gold = clusterOf.get(item.event());
            boolean seen = false;
            for (EventClusterer.Link link : clusterer.links(item.profile())) {
                boolean same = gold != null && gold == link.cluster();
                seen |= same;
                if (link.allowed()) {
                    examples.add(new LinkExample(link.features(), same));
                } else if (same) {
                    ruledOut++;
                }
            }
            joins += gold == null ? 0 : 1;
            notCandidate += gold != null && !seen ? 1 : 0;
            Placement p = clusterer.assign(item.profile(), gold, "gold");
            clusterOf.putIfAbsent(item.event(), p.cluster());
        }
        return new Replay(examples, joins, notCandidate, ruledOut);
    }
}
