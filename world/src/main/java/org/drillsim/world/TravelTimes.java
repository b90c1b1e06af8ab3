package org.drillsim.world;

import org.drillsim.routing.Router;

/**
 * Travel times for emergency vehicles on the current road conditions of one replication: one-to-all and
 * all-to-one trees from the shared {@link RouteCache}, computed on a miss with this replication's own
 * {@link Router}. A tree reflects the conditions when it is asked for; a vehicle's trip time is fixed at
 * departure (no re-routing en route). Not thread-safe: one per replication.
 */
public final class TravelTimes {
    /** Returned when there is no open path. */
    public static final long UNREACHABLE = Long.MAX_VALUE;

    private final RoadConditions roads;
    private final Router router;
    private final RouteCache cache;
    private long lastFingerprint = Long.MIN_VALUE;
    private final java.util.HashMap<Long, int[]> local = new java.util.HashMap<>();
    private long computed;

    /**
     * @param roads the replication's road conditions
     * @param cache shared trees
     */
    public TravelTimes(RoadConditions roads, RouteCache cache) {
        this.roads = roads;
        this.router = new Router(roads.network());
        this.cache = cache;
    }

    /** Trees from {@code node} to every node (index = node), ms; {@link RouteCache#UNREACHABLE} when cut off. */
    public int[] from(int node) {
        return tree(node, false);
    }

    /** Trees from every node to {@code node}, ms. */
    public int[] to(int node) {
        return tree(node, true);
    }

    /** Travel time between two nodes now, ms, or {@link #UNREACHABLE}. */
    public long time(int fromNode, int toNode) {
        if (fromNode == toNode) {
            return 0;
        }
        int v = from(fromNode)[toNode];
        return v == RouteCache.UNREACHABLE ? UNREACHABLE : v;
    }

    /** Whether {@code toNode} can be reached from {@code fromNode} now. */
    public boolean reachable(int fromNode, int toNode) {
        return time(fromNode, toNode) != UNREACHABLE;
    }

    /** Trees this replication had to compute (cache misses). */
    public long computedTrees() {
        return computed;
    }

    private int[] tree(int node, boolean reverse) {
        long fp = roads.fingerprint();
        if (fp != lastFingerprint) {
            local.clear();
            lastFingerprint = fp;
        }
        long key = ((long) node << 1) | (reverse ? 1 : 0);
        int[] t = local.get(key);
        if (t != null) {
            return t;
        }
        t = cache.get(fp, node, reverse);
        if (t == null) {
            long[] d = reverse ? router.allToOne(node, roads.state(), 0) : router.oneToAll(node, roads.state(), 0);
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
