package org.drillsim.analysis.site;

import org.drillsim.routing.NetworkState;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.HazardTick;
import org.drillsim.world.ScenarioSite;

/**
 * The road network as the hazard leaves it at its worst: every edge takes the smallest speed factor it has at any
 * hazard tick of the scenario's timeline, so an edge closed at any time is closed (the union of the closures). A
 * facility placed by this network still works when the hazard is at its largest.
 *
 * @param state        the network state (closures and slow-downs from time 0 on; read-only after building)
 * @param nearClosure  per node: touches an edge the hazard closes at some tick
 * @param main         per node: in the main part of the network (reaches and is reached from the best-connected
 *                     facility), so not on an island the closures cut off
 * @param closedEdges  directed edges closed at some tick
 * @param slowedEdges  directed edges slowed but never closed
 * @param forPublic    whether closures to the public (evacuees: also toxic zones emergency crews may enter) count
 */
public record WorstRoads(NetworkState state, boolean[] nearClosure, boolean[] main, int closedEdges, int slowedEdges,
                         boolean forPublic) {

    /**
     * Builds the worst state of {@code site}'s hazard timeline.
     *
     * @param forPublic true for evacuees (edges closed to the public count as closed), false for emergency vehicles
     */
    public static WorstRoads of(ScenarioSite site, boolean forPublic) {
        RoadNetwork net = site.network();
        float[] worst = new float[net.edgeCount()];
        java.util.Arrays.fill(worst, 1f);
        HazardTick previous = null;
        for (HazardTick t : site.timeline().ticks()) {
            if (previous != null && t.edges() == previous.edges()) {
                continue; // identical consecutive ticks share their arrays
            }
            previous = t;
            for (int i = 0; i < t.edges().length; i++) {
                float f = forPublic && t.closedToPublic()[i] ? 0f : t.factors()[i];
                int e = t.edges()[i];
                worst[e] = Math.min(worst[e], f);
            }
        }
        NetworkState state = new NetworkState(net);
        boolean[] near = new boolean[net.nodeCount()];
        int closed = 0;
        int slowed = 0;
        for (int e = 0; e < worst.length; e++) {
            if (worst[e] == 0f) {
                state.close(e, 0, NetworkState.FOREVER);
                near[net.edgeFrom(e)] = true;
                near[net.edgeTo(e)] = true;
                closed++;
            } else if (worst[e] < 1f) {
                state.setSpeedFactor(e, worst[e], 0, NetworkState.FOREVER);
                slowed++;
            }
        }
        return new WorstRoads(state, near, mainPart(site, state, near), closed, slowed, forPublic);
    }

    /** Whether a facility or demand can sit at {@code node}: in the main part and touching no closure. */
    public boolean open(int node) {
        return main[node] && !nearClosure[node];
    }

    /**
     * The largest strongly connected part of the network with the worst closures (Kosaraju, iterative): the part of
     * the city still connected at the worst moment. Ties go to the part holding the lowest node id.
     */
    private static boolean[] mainPart(ScenarioSite site, NetworkState state, boolean[] near) {
        RoadNetwork net = site.network();
        int n = net.nodeCount();
        boolean[] usable = new boolean[net.edgeCount()];
        for (int e = 0; e < usable.length; e++) {
            usable[e] = !state.isClosed(e, 0);
        }
        // pass 1: finishing order of a depth-first search along the out-edges
        int[] order = new int[n];
        int filled = 0;
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            seen[root] = true;
            next[root] = net.outStart(root);
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < net.outEnd(v)) {
                    int e = next[v]++;
                    int w = net.edgeTo(e);
                    if (usable[e] && !seen[w]) {
                        seen[w] = true;
                        next[w] = net.outStart(w);
                        stack[top++] = w;
                    }
                } else {
                    order[filled++] = v;
                    top--;
                }
            }
        }
        // pass 2: components along the in-edges, in reverse finishing order
        int[] comp = new int[n];
        java.util.Arrays.fill(comp, -1);
        int comps = 0;
        int bestComp = -1;
        int bestSize = -1;
        for (int k = n - 1; k >= 0; k--) {
            int root = order[k];
            if (comp[root] >= 0) {
                continue;
            }
            int size = 0;
            int top = 0;
            stack[top++] = root;
            comp[root] = comps;
            while (top > 0) {
                int v = stack[--top];
                size++;
                for (int e : net.inEdges(v)) {
                    int u = net.edgeFrom(e);
                    if (usable[e] && comp[u] < 0) {
                        comp[u] = comps;
                        stack[top++] = u;
                    }
                }
            }
            if (size > bestSize) {
                bestSize = size;
                bestComp = comps;
            }
            comps++;
        }
        boolean[] main = new boolean[n];
        for (int v = 0; v < n; v++) {
            main[v] = comp[v] == bestComp;
        }
        return main;
    }

    /**
     * The node nearest (straight line) to {@code node} that is {@link #open(int)}: where people cut off by the hazard
     * are carried to (the medical module's ferry rule), or {@code node} itself when it is open.
     */
    public int nearestOpen(RoadNetwork net, int node) {
        if (open(node)) {
            return node;
        }
        double lon0 = net.lon(node);
        double lat0 = net.lat(node);
        double kx = Math.cos(Math.toRadians(lat0));
        int best = node;
        double bestD2 = Double.MAX_VALUE;
        for (int v = 0; v < net.nodeCount(); v++) {
            if (!open(v)) {
                continue;
            }
            double dx = (net.lon(v) - lon0) * kx;
            double dy = net.lat(v) - lat0;
            double d2 = dx * dx + dy * dy;
            if (d2 < bestD2) {
                bestD2 = d2;
                best = v;
            }
        }
        return best;
    }
}
