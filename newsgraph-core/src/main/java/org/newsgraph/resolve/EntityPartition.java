package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.DisjointSets;

/**
 * The growing partition of single-article entities into corpus entities: the disjoint sets of their
 * positions, never joining two different gazetteer places, with the reason of every join made on
 * more than an identical name.
 */
final class EntityPartition {

    private final DisjointSets sets;
    /** Gazetteer id of the place in each set, at its root; 0 for none. */
    private final long[] place;
    private final List<List<String>> links = new ArrayList<>();

    EntityPartition(long[] places) {
        sets = new DisjointSets(places.length);
        place = places.clone();
        for (int i = 0; i < places.length; i++) {
            links.add(null);
        }
    }

    int find(int i) {
        return sets.find(i);
    }

    boolean same(int a, int b) {
        return sets.same(a, b);
    }

    /** Whether the two sets could be one: never two different places. */
    boolean compatible(int a, int b) {
        long pa = place[find(a)];
        long pb = place[find(b)];
        return pa == 0 || pb == 0 || pa == pb;
    }

    /** Joins the sets of a and b unless they hold two places; the reason is kept unless null. */
    boolean join(int a, int b, String reason) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb || !compatible(ra, rb)) {
            return false;
        }
        int kept = sets.join(ra, rb);
        int gone = kept == ra ? rb : ra;
        place[kept] = place[kept] != 0 ? place[kept] : place[gone];
        List<String> merged = new ArrayList<>();
        addAll(merged, links.get(kept));
        addAll(merged, links.get(gone));
        if (reason != null) {
            merged.add(reason);
        }
        links.set(kept, merged.isEmpty() ? null : merged);
        links.set(gone, null);
        return true;
    }

    List<String> links(int root) {
        List<String> l = links.get(find(root));
        return l == null ? List.of() : l;
    }

    private static void addAll(List<String> into, List<String> from) {
        if (from != null) {
            into.addAll(from);
        }
    }
}
