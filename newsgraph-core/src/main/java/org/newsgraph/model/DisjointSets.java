package org.newsgraph.model;

/**
 * A partition of the positions {@code 0 .. n-1} into sets, joined two at a time (a union-find:
 * union by size, path halving). Mutable: the one tool of the kernel that is not a value, shared by
 * every stage that groups things by links (entities across articles, events into stories).
 */
public final class DisjointSets {

    private final int[] parent;
    private final int[] size;

    /** {@code count} positions, each a set of its own. */
    public DisjointSets(int count) {
        parent = new int[count];
        size = new int[count];
        for (int i = 0; i < count; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    /** The root of the set that holds position {@code i}: the same for every member until the set is joined. */
    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Whether {@code a} and {@code b} are in one set. */
    public boolean same(int a, int b) {
        return find(a) == find(b);
    }

    /**
     * Joins the sets of {@code a} and {@code b} and returns the root of the joined set: the root of
     * the larger of the two, of {@code a}'s on a tie (the root of both when they were one already).
     */
    public int join(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return ra;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return ra;
    }

    /** How many positions there are. */
    public int count() {
        return parent.length;
    }
}
