package org.newsgraph.eval.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticleStore;

/**
 * Article files analysed by the product into one store in one run, as {@code newsgraph analyze}
 * would, and the stored article each file became, so that what the store says of stored articles
 * (their clusters) can be scored per file. Every file must become exactly one stored article or
 * be rejected with its reason (an article with a title and no text is).
 *
 * @param articleOf each file's stored article id, files in the order analysed
 * @param copyOf    for a file stored as a copy of an earlier article, that article's id
 * @param rejected  each file the run rejected, with the reason
 * @param timing    how long the run took
 */
public record AnalysedCorpus(RunSummary summary, RunTiming timing, Map<String, Long> articleOf, Map<Long, Long> copyOf,
        Map<String, String> rejected) {

    public AnalysedCorpus {
        articleOf = Collections.unmodifiableMap(new LinkedHashMap<>(articleOf));
        copyOf = Map.copyOf(copyOf);
        rejected = Collections.unmodifiableMap(new TreeMap<>(rejected));
    }

    /** Analyses the files, in the order given, into the store. */
    public static AnalysedCorpus analyse(Newsgraph newsgraph, NlpAnnotator annotator, List<Path> files,
            ArticleStore store, RunTiming.Listener listener) {
        RunSummary summary = newsgraph.analyzer().analyze(files, store, annotator, listener);
        return of(files.stream().map(f -> f.getFileName().toString()).toList(), summary, listener.timing(),
                store.articles(), store.rejections());
    }

    /** Maps each file name to the one stored article read from a file of that name. */
    static AnalysedCorpus of(List<String> files, RunSummary summary, RunTiming timing, List<StoredArticle> stored,
            List<Rejection> rejections) {
        Map<String, StoredArticle> byFile = new HashMap<>();
        for (StoredArticle article : stored) {
            StoredArticle other = byFile.put(article.article().source().file(), article);
            if (other != null) {
                throw new IllegalStateException("two stored articles come from files named "
                        + article.article().source().file() + ": " + other.id() + " and " + article.id());
            }
        }
        Map<String, String> rejected = new HashMap<>();
        rejections.forEach(r -> rejected.merge(fileName(r.input()), r.reason(), (a, b) -> a + "; " + b));
        List<String> missing = files.stream().filter(f -> !byFile.containsKey(f) && !rejected.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(missing.size() + " files neither stored nor rejected: " + missing);
        }
        Map<String, Long> articleOf = new LinkedHashMap<>();
        Map<Long, Long> copyOf = new HashMap<>();
        for (String file : files) {
            StoredArticle article = byFile.get(file);
            if (article != null) {
                articleOf.put(file, article.id());
                if (article.article().duplicateOf() != null) {
                    copyOf.put(article.id(), article.article().duplicateOf());
                }
            }
        }
        rejected.keySet().retainAll(files);
        rejected.keySet().removeAll(articleOf.keySet());
        return new AnalysedCorpus(summary, timing, articleOf, copyOf, rejected);
    }

    /** The file name of a rejected input: a rejection names the file, or its path as the user gave it. */
    private static String fileName(String input) {
        return input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
    }

    /** Each file stored as a copy, with the file of the article it copies. */
    public Map<String, String> copiedFiles() {
        Map<Long, String> fileOf = new HashMap<>();
        articleOf.forEach((file, id) -> fileOf.put(id, file));
        Map<String, String> copies = new TreeMap<>();
        articleOf.forEach((file, id) -> {
            if (copyOf.containsKey(id)) {
                copies.put(file, fileOf.getOrDefault(copyOf.get(id), "stored article " + copyOf.get(id)));
            }
        });
        return copies;
    }

    /**
     * The files partitioned as the store's clusters partition their articles. A copy the
     * clusterer left out goes with its original; a file whose article is in no cluster at all is
     * alone, and listed; so is each rejected file, which no cluster can hold.
     *
     * @param clusterOfArticle stored article id to cluster id, as the store says
     */
    public FilePartition partition(Map<Long, String> clusterOfArticle) {
        Map<String, String> clusterOf = new LinkedHashMap<>();
        List<String> alone = new ArrayList<>();
        rejected.keySet().forEach(file -> clusterOf.put(file, "rejected " + file));
        articleOf.forEach((file, id) -> {
            String cluster = clusterOfArticle.get(id);
            if (cluster == null && copyOf.containsKey(id)) {
                cluster = clusterOfArticle.get(copyOf.get(id));
            }
            if (cluster == null) {
                alone.add(file);
                cluster = "alone " + file;
            } else {
                cluster = "cluster " + cluster;
            }
            clusterOf.put(file, cluster);
        });
        return new FilePartition(new Partition(clusterOf), List.copyOf(new TreeSet<>(alone)));
    }

    /** Files in clusters, and the files none of the store's clusters held (each alone in the partition). */
    public record FilePartition(Partition partition, List<String> unclustered) {}
}
