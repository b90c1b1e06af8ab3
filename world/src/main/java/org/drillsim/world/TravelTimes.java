package org.drillsim.world;

import org.drillsim.routing.Components;
import org.drillsim.routing.Router;

import java.util.HashMap;

/**
 * Travel times for emergency vehicles on the current road conditions of one replication. Each question gets
 * the search it needs: a pair by bidirectional Dijkstra (or read off a tree already at hand; a node asked
 * about again and again gets its whole tree), "who is nearest to X" by one tree to X, "there and back" by
 * strong components, and whole trees for callers that read many nodes of one tree. Trees and components are shared through the
 * {@link RouteCache}; pair times are kept for the current road conditions. All answers are exact, so which
 * search answers a question never changes a result. A vehicle's trip time is fixed at departure (no
 * re-routing en route). Not thread-safe: one per replication.
 */
public final class TravelTimes {
    /** Returned when there is no open path. */
    public static final long UNREACHABLE = Long.MAX_VALUE;

    private final RoadConditions roads;
    private final Router router;
    private final RouteCache cache;
    private final int nodes;
    private long lastFingerprint = Long.MIN_VALUE;
    private final HashMap<Long, int[]> local = new HashMap<>();
    private final HashMap<Long, Long> pairs = new HashMap<>();
    private int[] components;
    /** Pair questions from (index 2n) and to (index 2n+1) each node under the current roads; valid when stamped. */
    private final int[] askedCount;
    private final int[] askedStamp;
    private int epoch = 1;
    /** Pair searches from (or to) one node before its whole tree is cheaper: a tree costs about as much as a few pair searches. */
    private static final int TREE_AFTER = 2;
    private long computed;
    private long pairSearches;

    /**
     * @param roads the replication's road conditions
     * @param cache shared trees
     */
    public TravelTimes(RoadConditions roads, RouteCache cache) {
        this.roads = roads;
        this.router = new Router(roads.network());
        this.cache = cache;
        this.nodes = roads.network().nodeCount();
        this.askedCount = new int[2 * nodes];
        this.askedStamp = new int[2 * nodes];
    }

    /** Counts one more pair question from ({@code to} false) or to a node under the current roads. */
    private int asked(int node, boolean to) {
        int i = 2 * node + (to ? 1 : 0);
        if (askedStamp[i] != epoch) {
            askedStamp[i] = epoch;
            askedCount[i] = 0;
        }
        return ++askedCount[i];
    }

    /** Trees from {@code node} to every node (index = node), ms; {@link RouteCache#UNREACHABLE} when cut off. */
    public int[] from(int node) {
        return tree(node, false, true);
    }

    /** Trees from every node to {@code node}, ms. */
    public int[] to(int node) {
        return tree(node, true, true);
    }

    /** Travel time between two nodes now, ms, or {@link #UNREACHABLE}. */
    public long time(int fromNode, int toNode) {
        if (fromNode == toNode) {
            return 0;
        }
        sync();
        int[] t = tree(fromNode, false, false);
        if (t != null) {
            return asTime(t[toNode]);
        }
        t = tree(toNode, true, false);
        if (t != null) {
            return asTime(t[fromNode]);
        }
        long key = (long) fromNode * nodes + toNode;
        Long known = pairs.get(key);
        if (known != null) {
            return known;
        }
        // a node asked about again and again under the same roads (e.g. a unit's ETA to every task) gets its
        // whole tree, shared with every replication; a pair search only while questions are few and scattered
        int fromAsked = asked(fromNode, false);
        int toAsked = asked(toNode, true);
        if (fromAsked > TREE_AFTER && fromAsked >= toAsked) {
            return asTime(tree(fromNode, false, true)[toNode]);
        }
        if (toAsked > TREE_AFTER) {
            return asTime(tree(toNode, true, true)[fromNode]);
        }
        long d = router.pairTimeMs(fromNode, toNode, roads.edgeCosts());
        long v = d >= RouteCache.UNREACHABLE ? UNREACHABLE : d;
        pairs.put(key, v);
        pairSearches++;
        return v;
    }

    /**
     * Travel times from each of {@code fromNodes} to {@code toNode} now (ms, {@link #UNREACHABLE} when cut off),
     * read off one tree to {@code toNode} (shared through the cache): e.g. which truck is nearest to a depot.
     */
    public long[] timesTo(int[] fromNodes, int toNode) {
        int[] t = to(toNode);
        long[] out = new long[fromNodes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = fromNodes[i] == toNode ? 0 : asTime(t[fromNodes[i]]);
        }
        return out;
    }

    /** Whether {@code toNode} can be reached from {@code fromNode} now. */
    public boolean reachable(int fromNode, int toNode) {
        // same strong component: reachable both ways, no search needed
        return connected(fromNode, toNode) || time(fromNode, toNode) != UNREACHABLE;
    }

    /** Whether a vehicle can drive from {@code a} to {@code b} and back now (same strong component). */
    public boolean connected(int a, int b) {
        if (a == b) {
            return true;
        }
        sync();
        if (components == null) {
            components = cache.components(lastFingerprint, () -> {
                int[] costs = roads.edgeCosts();
                boolean[] usable = new boolean[costs.length];
                for (int e = 0; e < costs.length; e++) {
                    usable[e] = costs[e] >= 0;
                }
                return Components.strongComponents(roads.network(), usable);
            });
        }
        return components[a] == components[b];
    }

    /** Trees this replication had to compute (cache misses). */
    public long computedTrees() {
        return computed;
    }

    /** Pair searches this replication ran (bidirectional, each far cheaper than a tree). */
    public long pairSearches() {
        return pairSearches;
    }

    private static long asTime(int v) {
        return v == RouteCache.UNREACHABLE ? UNREACHABLE : v;
    }

    /** Forgets what belongs to older road conditions. */
    private void sync() {
        long fp = roads.fingerprint();
        if (fp != lastFingerprint) {
            local.clear();
            pairs.clear();
            components = null;
            epoch++;
            lastFingerprint = fp;
        }
    }

    /** The tree, computed on a miss when {@code compute}, else null on a miss. */
    private int[] tree(int node, boolean reverse, boolean compute) {
        sync();
        long fp = lastFingerprint;
        long key = ((long) node << 1) | (reverse ? 1 : 0);
        int[] t = local.get(key);
        if (t != null) {
            return t;
        }
        t = cache.get(fp, node, reverse);
        if (t == null) {
            if (!compute) {
                return null;
            }
            int[] costs = roads.edgeCosts();
            long[] d = reverse ? router.allToOne(node, costs) : router.oneToAll(node, costs);
            t = new int[d.length];
            for (int i = 0; i < d.length; i++) {
                t[i] = d[i] >= RouteCache.UNREACHABLE ? RouteCache.UNREACHABLE : (int) d[i];
            }
            cache.put(fp, node, reverse, t);
            computed++;
        }
        local.put(key, t);
        return t;
    }
}
