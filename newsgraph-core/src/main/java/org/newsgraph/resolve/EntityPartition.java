package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * The growing partition of single-article entities into corpus entities: a union-find over their
 * positions that refuses to join two different gazetteer places, and keeps the reason of every
 * join made on more than an identical name.
 */
final class EntityPartition {

    private final int[] parent;
    private final int[] size;
    /** Gazetteer id of the place in each set, at its root; 0 for none. */
    private final long[] place;
    private final List<List<String>> links = new ArrayList<>();

    EntityPartition(long[] places) {
        int n = places.length;
        parent = new int[n];
        size = new int[n];
        place = places.clone();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            links.add(null);
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    boolean same(int a, int b) {
        return find(a) == find(b);
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
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        place[ra] = place[ra] != 0 ? place[ra] : place[rb];
        List<String> merged = new ArrayList<>();
        addAll(merged, links.get(ra));
        addAll(merged, links.get(rb));
        if (reason != null) {
            merged.add(reason);
        }
        links.set(ra, merged.isEmpty() ? null : merged);
        links.set(rb, null);
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
