package org.newsgraph.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.Placement;
import org.newsgraph.store.EventClusters;

/**
 * Places articles, one at a time, in the cluster of the real-world event they report. An article
 * is compared with the few clusters the index gives for its strongest terms: the score is the
 * cosine of TF-IDF vectors (words and entities), adjusted by {@link EventIdentity}; an article
 * joins the best cluster at or above the threshold that nothing rules out, or opens a new one.
 * Clusters keep their ids for good.
 */
public final class EventClusterer {

    private final EventClusters clusters;
    private final ClusterConfig config;
    private final EventIdentity identity;

    public EventClusterer(EventClusters clusters, ClusterConfig config) {
        this.clusters = clusters;
        this.config = config;
        this.identity = new EventIdentity(config);
    }

    /** Places one article and records where; an article already placed is left where it is. */
    public Placement place(ArticleProfile article) {
        return clusters.clusterOf(article.article())
                .map(c -> new Placement(article.article(), c, false, 0, "already placed"))
                .orElseGet(() -> placeNew(article));
    }

    /** Places a copy in the cluster of the article it copies, which must be placed. */
    public void placeCopy(long copy, long original) {
        long cluster = clusters.clusterOf(original)
                .orElseThrow(() -> new IllegalStateException("article " + original + " is not placed yet"));
        clusters.placeCopy(copy, cluster);
    }

    private Placement placeNew(ArticleProfile article) {
        Map<String, Double> vector = weigh(article);
        List<String> keys = strongest(vector, config.queryKeys());
        Placement best = null;
        List<String> vetoes = new ArrayList<>();
        for (long candidate : clusters.candidates(keys, config.candidates())) {
            ClusterProfile cluster = clusters.profile(candidate);
            EventIdentity.Verdict verdict = identity.compare(article.event(), cluster.event());
            double text = cosine(vector, cluster.terms());
            if (verdict.vetoed()) {
                vetoes.add(Placement.exportId(candidate) + " " + verdict.reasons().get(0));
                continue;
            }
            double score = text + verdict.adjustment();
            if (best == null || score > best.score()) {
                best = new Placement(article.article(), candidate, false, score,
                        "joined " + Placement.exportId(candidate) + ": text " + format(text)
                                + (verdict.reasons().isEmpty() ? "" : ", " + String.join(", ", verdict.reasons())));
            }
        }
        if (best != null && best.score() >= config.threshold()) {
            ClusterProfile joined = clusters.profile(best.cluster());
            record(best, grow(joined, vector, article.event()), article);
            return best;
        }
        Placement opened = new Placement(article.article(), clusters.nextId(), true,
                best == null ? 0 : best.score(), openingReason(best, vetoes));
        record(opened, new ClusterProfile(opened.cluster(), 1, top(vector, config.profileTerms()), article.event()),
                article);
        return opened;
    }

    private void record(Placement placement, ClusterProfile profile, ArticleProfile article) {
        clusters.place(placement, profile, strongest(profile.terms(), config.clusterKeys()), article.terms().keySet());
    }

    private ClusterProfile grow(ClusterProfile cluster, Map<String, Double> vector, EventSignature event) {
        Map<String, Double> sum = new HashMap<>(cluster.terms());
        vector.forEach((term, w) -> sum.merge(term, w, Double::sum));
        return new ClusterProfile(cluster.id(), cluster.size() + 1, top(sum, config.profileTerms()),
                cluster.event().plus(event));
    }

    /** The article's TF-IDF vector, unit length: log term counts times smoothed inverse frequencies. */
    private Map<String, Double> weigh(ArticleProfile article) {
        Map<String, Integer> df = clusters.documentFrequencies(article.terms().keySet());
        double n = clusters.profiledArticles() + 1;
        Map<String, Double> vector = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> t : article.terms().entrySet()) {
            double idf = Math.log((n + 1) / (df.getOrDefault(t.getKey(), 0) + 2)) + 1;
            double w = (1 + Math.log(t.getValue())) * idf
                    * (ArticleProfile.isEntityKey(t.getKey()) ? config.entityWeight() : 1);
            vector.put(t.getKey(), w);
            norm += w * w;
        }
        double length = Math.sqrt(norm);
        vector.replaceAll((t, w) -> w / length);
        return vector;
    }

    static double cosine(Map<String, Double> unit, Map<String, Double> other) {
        double dot = 0;
        double norm = 0;
        for (Map.Entry<String, Double> e : other.entrySet()) {
            norm += e.getValue() * e.getValue();
            Double w = unit.get(e.getKey());
            if (w != null) {
                dot += w * e.getValue();
            }
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    private static List<String> strongest(Map<String, Double> vector, int limit) {
        return vector.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static Map<String, Double> top(Map<String, Double> vector, int limit) {
        Map<String, Double> kept = new HashMap<>();
        for (String term : strongest(vector, limit)) {
            kept.put(term, vector.get(term));
        }
        return kept;
    }

    private String openingReason(Placement best, List<String> vetoes) {
        String reason = best == null ? "opened: no candidate"
                : "opened: best " + Placement.exportId(best.cluster()) + " scored " + format(best.score())
                        + " < " + format(config.threshold());
        return vetoes.isEmpty() ? reason : reason + "; ruled out " + String.join(", ", vetoes);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
