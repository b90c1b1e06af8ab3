package org.drillsim.world;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Shortest-path trees (and strong components) keyed by (road-condition fingerprint, node, direction), shared by
 * every replication of a scenario on every thread. An entry is a pure function of its key, so caching never
 * changes a result (determinism holds whatever the thread count or eviction). Trees hold travel times in ms as
 * {@code int} ({@link #UNREACHABLE} when no path). When full, the least recently used entry goes (the cache
 * used to be wiped whole, and the replication after a wipe recomputed everything).
 */
public final class RouteCache {
    /** Travel time stored for unreachable nodes. */
    public static final int UNREACHABLE = Integer.MAX_VALUE;

    /** Kind of a components entry (a tree's kind is its direction). */
    private static final int COMPONENTS = 2;

    private record Key(long fingerprint, int node, int kind) {
    }

    private final Map<Key, int[]> trees;
    private final int maxTrees;

    /** @param maxTrees most entries kept (each holds one int per node) */
    public RouteCache(int maxTrees) {
        this.maxTrees = Math.max(16, maxTrees);
        this.trees = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, int[]> eldest) {
                return size() > RouteCache.this.maxTrees;
            }
        };
    }

    /** A cache sized to use about a quarter of the heap for a network of {@code nodes} nodes, at most 4,000 trees. */
    public static RouteCache forNetwork(int nodes) {
        long budget = Runtime.getRuntime().maxMemory() / 4;
        long perTree = 16L + 4L * Math.max(1, nodes);
        return new RouteCache((int) Math.min(4000, Math.max(16, budget / perTree)));
    }

    int[] get(long fingerprint, int node, boolean reverse) {
        synchronized (trees) {
            return trees.get(new Key(fingerprint, node, reverse ? 1 : 0));
        }
    }

    void put(long fingerprint, int node, boolean reverse, int[] tree) {
        synchronized (trees) {
            trees.put(new Key(fingerprint, node, reverse ? 1 : 0), tree);
        }
    }

    /** Strong-component id of every node under the road conditions {@code fingerprint}, computed on a miss. */
    int[] components(long fingerprint, Supplier<int[]> compute) {
        Key k = new Key(fingerprint, -1, COMPONENTS);
        synchronized (trees) {
            int[] c = trees.get(k);
            if (c != null) {
                return c;
            }
        }
        int[] c = compute.get(); // outside the lock: another thread may compute the same, equal array
        synchronized (trees) {
            trees.put(k, c);
        }
        return c;
    }

    /** Entries held now. */
    public int size() {
        synchronized (trees) {
            return trees.size();
        }
    }
}
