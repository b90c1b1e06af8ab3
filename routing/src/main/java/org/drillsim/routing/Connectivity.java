package org.drillsim.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who is cut off from whom under a {@link NetworkState}: a demand point and a facility are connected when a
 * vehicle can drive there and back (strong components, {@link Components}), which is what an ambulance or a
 * supply truck needs. {@link #criticalBridges} ranks bridge structures by the demand their closure cuts off;
 * nothing shows it yet, issue 17 puts it into run's report and the hazard command.
 */
public final class Connectivity {
    private final RoadNetwork net;

    public Connectivity(RoadNetwork network) {
        this.net = network;
    }

    /**
     * A named point on the network.
     *
     * @param name   display name (e.g. a hospital's name)
     * @param node   its routing node (see {@link Snapper})
     * @param weight demand (e.g. people) for demand points; ignored for facilities
     */
    public record Place(String name, int node, double weight) {
    }

    /**
     * A bridge structure (all its carriageways: bridge-flagged edges with the same name lying close
     * together) whose closure would cut demand off from every facility.
     *
     * @param name               the bridge's name ("" when unnamed)
     * @param edges              its directed edges, ascending
     * @param demandCutOff       total weight of the demand points cut off when it is closed
     * @param demandPointsCutOff how many demand points are cut off
     */
    public record CriticalBridge(String name, int[] edges, double demandCutOff, int demandPointsCutOff) {
        @Override
        public String toString() {
            return "CriticalBridge[" + (name.isEmpty() ? "(unnamed)" : name) + ", " + edges.length + " edges from " + edges[0]
                    + ", cuts off " + demandCutOff + " in " + demandPointsCutOff + " points]";
        }
    }

    /**
     * Bridge structures (e.g. the bridges over the Songhua) ranked by the demand cut off from every
     * facility when the structure alone is closed on top of {@code state} at time {@code t}. Real bridges
     * are often mapped as two one-way carriageways, so no single edge of them is critical; this closes
     * the whole structure. Connectivity is "drive there and back" (strong components). Structures that
     * cut nothing off are left out. Cost: one O(V + E) component search per structure.
     */
    public List<CriticalBridge> criticalBridges(NetworkState state, long t, List<Place> facilities, List<Place> demand) {
        checkPlaces(facilities);
        checkPlaces(demand);
        List<CriticalBridge> out = new ArrayList<>();
        for (int[] structure : bridgeStructures()) {
            double cut = 0;
            int points = 0;
            boolean[] lost = cutOffWith(state, t, structure, facilities, demand);
            for (int i = 0; i < demand.size(); i++) {
                if (lost[i]) {
                    cut += demand.get(i).weight();
                    points++;
                }
            }
            if (points > 0) out.add(new CriticalBridge(net.name(structure[0]), structure, cut, points));
        }
        // ties: named structures first (a planner can find them), then by edge id for a stable order
        out.sort(Comparator.comparingDouble(CriticalBridge::demandCutOff).reversed()
                .thenComparing(b -> b.name().isEmpty()).thenComparingInt(b -> b.edges()[0]));
        return out;
    }

    /**
     * Which demand points (by index) would have no facility to drive to and back from if {@code extraClosed}
     * edges were closed on top of {@code state} at time {@code t}.
     */
    public boolean[] cutOffWith(NetworkState state, long t, int[] extraClosed, List<Place> facilities, List<Place> demand) {
        boolean[] usable = new boolean[net.edgeCount()];
        for (int e = 0; e < usable.length; e++) usable[e] = state == null || !state.isClosed(e, t);
        for (int e : extraClosed) usable[e] = false;
        int[] comp = Components.strongComponents(net, usable);
        java.util.BitSet served = new java.util.BitSet();
        for (Place f : facilities) served.set(comp[f.node()]);
        boolean[] lost = new boolean[demand.size()];
        for (int i = 0; i < lost.length; i++) lost[i] = !served.get(comp[demand.get(i).node()]);
        return lost;
    }

    /** Groups bridge-flagged edges into structures: same name and within about 150 m of each other (single linkage). */
    List<int[]> bridgeStructures() {
        List<Integer> bridgeEdges = new ArrayList<>();
        for (int e = 0; e < net.edgeCount(); e++) if (net.isBridge(e)) bridgeEdges.add(e);
        int k = bridgeEdges.size();
        int[] parent = new int[k];
        for (int i = 0; i < k; i++) parent[i] = i;
        double tolDeg = 150 / Geo.metresPerDegreeLat();
        org.locationtech.jts.geom.Envelope[] env = new org.locationtech.jts.geom.Envelope[k];
        org.locationtech.jts.index.strtree.STRtree tree = new org.locationtech.jts.index.strtree.STRtree();
        for (int i = 0; i < k; i++) {
            env[i] = net.geometry(bridgeEdges.get(i)).getEnvelopeInternal();
            tree.insert(env[i], i);
        }
        for (int i = 0; i < k; i++) {
            org.locationtech.jts.geom.Envelope q = new org.locationtech.jts.geom.Envelope(env[i]);
            q.expandBy(tolDeg);
            for (Object o : tree.query(q)) {
                int j = (Integer) o;
                if (net.name(bridgeEdges.get(i)).equals(net.name(bridgeEdges.get(j)))) union(parent, i, j);
            }
        }
        java.util.TreeMap<Integer, List<Integer>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < k; i++) groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(bridgeEdges.get(i));
        List<int[]> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) out.add(g.stream().mapToInt(Integer::intValue).sorted().toArray());
        return out;
    }

    private void checkPlaces(List<Place> places) {
        for (Place p : places) {
            if (p.node() < 0 || p.node() >= net.nodeCount()) {
                throw new IllegalArgumentException("place '" + p.name() + "': node " + p.node() + " out of range (network has " + net.nodeCount() + " nodes)");
            }
        }
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
