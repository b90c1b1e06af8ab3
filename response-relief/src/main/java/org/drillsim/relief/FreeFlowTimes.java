package org.drillsim.relief;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.Router;
import org.drillsim.world.RouteCache;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Travel times with every road open, for ranking choices that are made often (which shelter is nearest, which bus
 * is nearest) where recomputing trees at every change of the road conditions would cost too much; whether a
 * place can be reached at all is checked on the current roads ({@link RoadComponents}), and trips themselves take
 * the current travel times. Trees are pure functions of the network, shared by every replication and thread.
 */
final class FreeFlowTimes {
    /** Most trees kept per network (each one int per node); emptied when full. */
    private static final int MAX_TREES = 2000;
    private static final Map<RoadNetwork, ConcurrentHashMap<Integer, int[]>> SHARED = new WeakHashMap<>();

    private final RoadNetwork net;
    private final ConcurrentHashMap<Integer, int[]> trees;

    FreeFlowTimes(RoadNetwork net) {
        this.net = net;
        synchronized (SHARED) {
            this.trees = SHARED.computeIfAbsent(net, n -> new ConcurrentHashMap<>());
        }
    }

    /** Free-flow time from every node to {@code node}, ms ({@link RouteCache#UNREACHABLE} if none). */
    int[] to(int node) {
        int[] t = trees.get(node);
        if (t != null) {
            return t;
        }
        long[] d = new Router(net).allToOne(node, null, 0);
        t = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            t[i] = d[i] >= RouteCache.UNREACHABLE ? RouteCache.UNREACHABLE : (int) d[i];
        }
        if (trees.size() >= MAX_TREES) {
            trees.clear();
        }
        trees.put(node, t);
        return t;
    }
}
