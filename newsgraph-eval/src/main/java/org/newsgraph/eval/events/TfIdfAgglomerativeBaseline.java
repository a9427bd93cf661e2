package org.newsgraph.eval.events;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text-only baseline issue 7 is measured against: each article a TF-IDF vector (title counted
 * like the body), cosine similarity, agglomerative clustering with average linkage cut at a
 * threshold. It knows nothing of events, so similar but distinct events merge unless their words
 * differ enough.
 */
public final class TfIdfAgglomerativeBaseline {

    private final BaselineConfig config;
    private final TfIdfVectors vectors;

    public TfIdfAgglomerativeBaseline(BaselineConfig config) {
        this.config = config;
        this.vectors = TfIdfVectors.english();
    }

    /** The partition at the configured threshold, and the dendrogram it was cut from for any other cut. */
    public record Clustering(Partition partition, Dendrogram dendrogram) {}

    /**
     * Clusters the texts, given by name. Names are taken in their order, whatever the map's, so
     * that ties break alike on every run.
     */
    public Clustering cluster(Map<String, String> texts) {
        Map<String, String> byName = new TreeMap<>(texts);
        List<String> names = List.copyOf(byName.keySet());
        List<SparseVector> v = vectors.vectors(List.copyOf(byName.values()));
        Dendrogram dendrogram = new UpgmaClustering().cluster(names, cosines(v));
        return new Clustering(dendrogram.cut(config.threshold()), dendrogram);
    }

    /** All vectors have length 1 or 0, so a dot product is the cosine (0 with an empty text). */
    private static double[][] cosines(List<SparseVector> v) {
        int n = v.size();
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            similarity[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double cosine = v.get(i).dot(v.get(j));
                similarity[i][j] = cosine;
                similarity[j][i] = cosine;
            }
        }
        return similarity;
    }
}
