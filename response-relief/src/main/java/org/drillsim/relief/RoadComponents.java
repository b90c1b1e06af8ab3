package org.drillsim.relief;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.RoadConditions;

/**
 * The pieces the open roads split the network into (connected components, ignoring one-way rules), recomputed
 * when the road conditions change. Used to tell whether people can get from a cell to a shelter at all before
 * asking for travel times, and to find the nearest road still connected to shelters (the assembly point).
 */
final class RoadComponents {
    private final RoadConditions roads;
    private final RoadNetwork net;
    private final int[] parent;
    private final int[] comp;
    private long fingerprint = Long.MIN_VALUE;
    private boolean fresh;

    RoadComponents(RoadConditions roads) {
        this.roads = roads;
        this.net = roads.network();
        this.parent = new int[net.nodeCount()];
        this.comp = new int[net.nodeCount()];
    }

    /** Component id of {@code node} under the current closures. */
    int of(int node) {
        refresh();
        return comp[node];
    }

    /** Whether the components were recomputed by the last {@link #of} call's refresh (resets the flag). */
    boolean changedSinceLastAsked() {
        boolean f = fresh;
        fresh = false;
        return f;
    }

    private void refresh() {
        long fp = roads.fingerprint();
        if (fp == fingerprint) {
            return;
        }
        fingerprint = fp;
        fresh = true;
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < net.edgeCount(); e++) {
            if (!roads.isClosed(e)) {
                union(net.edgeFrom(e), net.edgeTo(e));
            }
        }
        for (int i = 0; i < comp.length; i++) {
            comp[i] = find(i);
        }
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }
}
