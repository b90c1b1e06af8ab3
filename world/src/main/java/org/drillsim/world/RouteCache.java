package org.drillsim.world;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shortest-path trees keyed by (road-condition fingerprint, node, direction), shared by every replication
 * of a scenario on every thread. A tree is a pure function of its key, so caching never changes a result
 * (determinism holds whatever the thread count or eviction). Trees hold travel times in ms as {@code int}
 * ({@link #UNREACHABLE} when no path). When the cache is full it is emptied (simple, and rare).
 */
public final class RouteCache {
    /** Travel time stored for unreachable nodes. */
    public static final int UNREACHABLE = Integer.MAX_VALUE;

    private record Key(long fingerprint, int node, boolean reverse) {
    }

    private final ConcurrentHashMap<Key, int[]> trees = new ConcurrentHashMap<>();
    private final int maxTrees;

    /** @param maxTrees most trees kept (each holds one int per node) */
    public RouteCache(int maxTrees) {
        this.maxTrees = Math.max(16, maxTrees);
    }

    /** A cache sized to use about a quarter of the heap for a network of {@code nodes} nodes, at most 4,000 trees. */
    public static RouteCache forNetwork(int nodes) {
        long budget = Runtime.getRuntime().maxMemory() / 4;
        long perTree = 16L + 4L * Math.max(1, nodes);
        return new RouteCache((int) Math.min(4000, Math.max(16, budget / perTree)));
    }

    int[] get(long fingerprint, int node, boolean reverse) {
        return trees.get(new Key(fingerprint, node, reverse));
    }

    void put(long fingerprint, int node, boolean reverse, int[] tree) {
        if (trees.size() >= maxTrees) {
            trees.clear();
        }
        trees.put(new Key(fingerprint, node, reverse), tree);
    }

    /** Trees held now. */
    public int size() {
        return trees.size();
    }
}
