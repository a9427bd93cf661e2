package org.newsgraph.app.events;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.EntityRef;

/**
 * What each cluster's events are merged from, as a digest: the version of the merging rules, the
 * cluster's members in id order and the corpus entity of each of their entities. Stored articles
 * never change, so two equal digests mean the merge would make the same events: a cluster whose
 * digest is the stored one need not be merged again, whatever happened since (a stopped run
 * included).
 */
final class MergeInputs {

    /** 128 bits: a collision among a store's clusters is far less likely than a disk error. */
    private static final int DIGEST_BYTES = 16;

    private MergeInputs() {}

    /**
     * @param clusterOf the cluster of each placed article, copies included
     * @param entityIds the corpus entity of each single-article entity
     * @return the digest of each cluster, by cluster id
     */
    static Map<Long, String> of(int rules, Map<Long, Long> clusterOf, Map<EntityRef, Long> entityIds) {
        Map<Long, Map<Integer, Long>> entitiesOf = new HashMap<>();
        entityIds.forEach((ref, id) -> entitiesOf.computeIfAbsent(ref.article(), a -> new TreeMap<>()).put(ref.index(), id));
        Map<Long, StringBuilder> texts = new TreeMap<>();
        new TreeMap<>(clusterOf).forEach((article, cluster) -> texts
                .computeIfAbsent(cluster, c -> new StringBuilder("rules ").append(rules))
                .append('\n').append(article).append(':').append(entitiesOf.getOrDefault(article, Map.of())));
        Map<Long, String> digests = new HashMap<>();
        texts.forEach((cluster, text) -> digests.put(cluster, digest(text.toString())));
        return digests;
    }

    private static String digest(String text) {
        byte[] hash = Hashing.sha256().hashString(text, StandardCharsets.UTF_8).asBytes();
        return HashCode.fromBytes(Arrays.copyOf(hash, DIGEST_BYTES)).toString();
    }

    /** The members of these clusters, for reading their articles. */
    static List<Long> membersOf(Set<Long> clusters, Map<Long, Long> clusterOf) {
        return clusterOf.entrySet().stream().filter(e -> clusters.contains(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
    }
}
