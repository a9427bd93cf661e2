package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityIdAssignment;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EntityRef;

/**
 * Gives the entities of a new resolution the ids their members had before, so that an id once
 * exported keeps naming the same real-world entity as the corpus grows.
 *
 * <p>Each previous id goes to the new entity holding most of its members (ties: the one holding
 * its earliest member), so a split leaves the id with the larger part. An entity that receives
 * several previous ids keeps the oldest, the smallest, and records a merge for each other one.
 * An entity that receives none gets a fresh id. Ids are never handed out twice.
 */
public final class EntityIdKeeper {

    private static final String SAME_NAME = "same name";

    /**
     * @param clusters the new resolution, in its order
     * @param previous which entity id each single-article entity had, for those that had one
     * @param nextId   the smallest id never given before
     */
    public EntityIdAssignment assign(List<EntityCluster> clusters, Map<EntityRef, Long> previous, long nextId) {
        if (nextId < 1) {
            throw new IllegalArgumentException("entity ids start at 1, so the next one cannot be " + nextId);
        }
        List<SortedSet<Long>> kept = keptIds(clusters, previous);
        // The caller's counter should already be past every previous id; if not, trust the ids.
        long fresh = Math.max(nextId, previous.values().stream().mapToLong(Long::longValue).max().orElse(0) + 1);
        List<CorpusEntity> entities = new ArrayList<>();
        List<EntityMerge> merges = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            EntityCluster cluster = clusters.get(i);
            SortedSet<Long> ids = kept.get(i);
            long id = ids.isEmpty() ? fresh++ : ids.first();
            for (long retired : ids.tailSet(id + 1)) {
                merges.add(new EntityMerge(retired, id, reason(cluster)));
            }
            entities.add(new CorpusEntity(id, cluster));
        }
        return new EntityIdAssignment(entities, merges);
    }

    /** For each cluster, in order, the previous ids it keeps. */
    private static List<SortedSet<Long>> keptIds(List<EntityCluster> clusters, Map<EntityRef, Long> previous) {
        Map<Long, Claim> best = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (Claim claim : claims(i, clusters.get(i), previous)) {
                best.merge(claim.id(), claim, (a, b) -> a.beats(b) ? a : b);
            }
        }
        List<SortedSet<Long>> kept = new ArrayList<>();
        clusters.forEach(c -> kept.add(new TreeSet<>()));
        best.values().forEach(claim -> kept.get(claim.cluster()).add(claim.id()));
        return kept;
    }

    /** What one cluster holds of each previous id. */
    private static List<Claim> claims(int cluster, EntityCluster members, Map<EntityRef, Long> previous) {
        Map<Long, Claim> byId = new HashMap<>();
        for (EntityRef member : members.members()) {
            Long id = previous.get(member);
            if (id != null) {
                byId.merge(id, new Claim(id, cluster, 1, member), Claim::plus);
            }
        }
        return List.copyOf(byId.values());
    }

    private static String reason(EntityCluster cluster) {
        return cluster.links().isEmpty() ? SAME_NAME : String.join("; ", cluster.links());
    }

    /** A cluster's hold on a previous id: how many of its members, and the earliest of them. */
    private record Claim(long id, int cluster, int members, EntityRef earliest) {

        Claim plus(Claim other) {
            EntityRef first = earliest.compareTo(other.earliest) <= 0 ? earliest : other.earliest;
            return new Claim(id, cluster, members + other.members, first);
        }

        boolean beats(Claim other) {
            return members != other.members ? members > other.members : earliest.compareTo(other.earliest) < 0;
        }
    }
}
