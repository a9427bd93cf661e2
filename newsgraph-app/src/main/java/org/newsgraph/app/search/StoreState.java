package org.newsgraph.app.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.store.ArticleStore;

/**
 * Which state of a store a search index was made from: a digest of what the export depends on that
 * the store can tell cheaply (each cluster's merge inputs, which name its members and their
 * entities; the entity and cluster counters; the articles not yet in the corpus model; whether the
 * events are current) and of what the documents are made by. Any article, entity or event change
 * changes it; reading it reads one row a cluster, never an article.
 */
public final class StoreState {

    private StoreState() {}

    /** The store's state as it stands now: an index that records another is behind it. */
    public static String of(ArticleStore store) {
        StringBuilder s = new StringBuilder("documents ").append(SearchDocuments.VERSION);
        s.append("|entities ").append(store.corpusEntities().count()).append(' ').append(store.corpusEntities().nextId());
        s.append("|clusters ").append(store.eventClusters().nextId());
        s.append("|outside ").append(store.articlesOutsideCorpusModel());
        s.append("|events ").append(EventCatalog.state(store));
        Map<Long, String> merged = new TreeMap<>(store.corpusEvents().mergedInputs());
        merged.forEach((cluster, inputs) -> s.append('|').append(cluster).append('=').append(inputs));
        return "sha256:" + sha256(s.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
