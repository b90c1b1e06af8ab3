package org.drillsim.routing;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DirectedPseudograph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is cut off from whom under a {@link NetworkState}, with JGraphT.
 *
 * <p>{@link #analyse} uses strongly connected components (Kosaraju): a demand point and a facility are
 * connected when a vehicle can drive there and back, which is what an ambulance or a supply truck
 * needs. {@link #criticalEdges} finds single points of failure: the bridges (graph-theoretic) of the
 * undirected graph of open roads (Tarjan 1974, iterative), each ranked by the demand it would cut off
 * from every facility, in O(V + E) for all edges together (sums over the tree of 2-edge-connected pieces).
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
     * A road whose closure alone would cut demand off from every facility.
     *
     * @param edge               one directed edge of the road
     * @param name               the road's name ("" when unnamed)
     * @param demandCutOff       total weight of the demand points cut off
     * @param demandPointsCutOff how many demand points are cut off
     */
    public record CriticalEdge(int edge, String name, double demandCutOff, int demandPointsCutOff) {
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

    /** Result of {@link #analyse}: strongly connected components, largest first (component 0 = main). */
    public static final class Report {
        private final int[] componentOfNode;
        private final int[] componentSize;
        private final List<Place> facilities;
        private final List<Place> demand;

        Report(int[] componentOfNode, int[] componentSize, List<Place> facilities, List<Place> demand) {
            this.componentOfNode = componentOfNode;
            this.componentSize = componentSize;
            this.facilities = facilities;
            this.demand = demand;
        }

        /** Number of components (isolated nodes count as their own component). */
        public int componentCount() {
            return componentSize.length;
        }

        /** Component of a node; 0 is the largest. */
        public int componentOf(int node) {
            return componentOfNode[node];
        }

        public int componentSize(int component) {
            return componentSize[component];
        }

        /** Which component (side of a split city) each facility is in, in input order. */
        public Map<Place, Integer> facilitySides() {
            Map<Place, Integer> out = new LinkedHashMap<>();
            for (Place f : facilities) out.put(f, componentOfNode[f.node()]);
            return out;
        }

        /** Facilities a demand point can drive to and back from. */
        public List<Place> reachableFacilities(Place point) {
            List<Place> out = new ArrayList<>();
            for (Place f : facilities) if (componentOfNode[f.node()] == componentOfNode[point.node()]) out.add(f);
            return out;
        }

        /** Demand points with no facility they can drive to and back from. */
        public List<Place> cutOffDemand() {
            boolean[] hasFacility = new boolean[componentSize.length];
            for (Place f : facilities) hasFacility[componentOfNode[f.node()]] = true;
            List<Place> out = new ArrayList<>();
            for (Place d : demand) if (!hasFacility[componentOfNode[d.node()]]) out.add(d);
            return out;
        }

        /** Total weight of {@link #cutOffDemand()}. */
        public double cutOffWeight() {
            return cutOffDemand().stream().mapToDouble(Place::weight).sum();
        }
    }

    /** Strongly connected components of the roads open at time {@code t} ({@code state} may be null). */
    public Report analyse(NetworkState state, long t, List<Place> facilities, List<Place> demand) {
        checkPlaces(facilities);
        checkPlaces(demand);
        Graph<Integer, Integer> g = new DirectedPseudograph<>(null, null, false);
        for (int v = 0; v < net.nodeCount(); v++) g.addVertex(v);
        for (int e = 0; e < net.edgeCount(); e++) {
            if (state == null || !state.isClosed(e, t)) g.addEdge(net.edgeFrom(e), net.edgeTo(e), e);
        }
        List<Set<Integer>> sets = new ArrayList<>(new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets());
        sets.sort(Comparator.<Set<Integer>>comparingInt(Set::size).reversed()
                .thenComparingInt(s -> s.stream().mapToInt(Integer::intValue).min().orElse(0)));
        int[] comp = new int[net.nodeCount()];
        int[] size = new int[sets.size()];
        for (int c = 0; c < sets.size(); c++) {
            size[c] = sets.get(c).size();
            for (int v : sets.get(c)) comp[v] = c;
        }
        return new Report(comp, size, List.copyOf(facilities), List.copyOf(demand));
    }

    /**
     * Roads whose closure alone would cut demand points off from every facility, most demand first.
     * Connectivity here ignores one-way restrictions (a road open in either direction connects).
     */
    public List<CriticalEdge> criticalEdges(NetworkState state, long t, List<Place> facilities, List<Place> demand) {
        checkPlaces(facilities);
        checkPlaces(demand);
        int n = net.nodeCount();
        // Undirected multigraph of open roads: one entry per road id (a road open in either direction).
        int maxRoad = 0;
        for (int e = 0; e < net.edgeCount(); e++) maxRoad = Math.max(maxRoad, net.roadId(e));
        boolean[] roadSeen = new boolean[maxRoad + 1];
        int[] roadEdge = new int[net.edgeCount()];
        int roads = 0;
        for (int e = 0; e < net.edgeCount(); e++) {
            if (state != null && state.isClosed(e, t)) continue;
            if (roadSeen[net.roadId(e)]) continue;
            roadSeen[net.roadId(e)] = true;
            roadEdge[roads++] = e;
        }
        boolean[] isBridge = findBridges(n, roadEdge, roads);

        // 2-edge-connected pieces: union everything except the bridges
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        List<Integer> bridges = new ArrayList<>();
        for (int r = 0; r < roads; r++) {
            int e = roadEdge[r];
            if (isBridge[r]) bridges.add(e);
            else union(parent, net.edgeFrom(e), net.edgeTo(e));
        }
        int[] piece = new int[n];
        int pieces = 0;
        int[] idOfRoot = new int[n];
        Arrays.fill(idOfRoot, -1);
        for (int v = 0; v < n; v++) {
            int r = find(parent, v);
            if (idOfRoot[r] < 0) idOfRoot[r] = pieces++;
            piece[v] = idOfRoot[r];
        }
        double[] demandOf = new double[pieces];
        int[] pointsOf = new int[pieces];
        int[] facilitiesOf = new int[pieces];
        for (Place d : demand) {
            demandOf[piece[d.node()]] += d.weight();
            pointsOf[piece[d.node()]]++;
        }
        for (Place f : facilities) facilitiesOf[piece[f.node()]]++;

        // The bridge tree (a forest): root each tree, accumulate subtree totals.
        List<List<int[]>> adj = new ArrayList<>(pieces);
        for (int i = 0; i < pieces; i++) adj.add(new ArrayList<>(2));
        for (int e : bridges) {
            int a = piece[net.edgeFrom(e)];
            int b = piece[net.edgeTo(e)];
            adj.get(a).add(new int[]{b, e});
            adj.get(b).add(new int[]{a, e});
        }
        int[] treeParent = new int[pieces];
        int[] parentBridge = new int[pieces];
        int[] treeRoot = new int[pieces];
        Arrays.fill(treeParent, -2);
        int[] order = new int[pieces];
        int orderSize = 0;
        int[] stack = new int[pieces];
        for (int root = 0; root < pieces; root++) {
            if (treeParent[root] != -2) continue;
            treeParent[root] = -1;
            parentBridge[root] = -1;
            int top = 0;
            stack[0] = root;
            while (top >= 0) {
                int u = stack[top--];
                order[orderSize++] = u;
                treeRoot[u] = root;
                for (int[] nb : adj.get(u)) {
                    if (treeParent[nb[0]] == -2) {
                        treeParent[nb[0]] = u;
                        parentBridge[nb[0]] = nb[1];
                        stack[++top] = nb[0];
                    }
                }
            }
        }
        double[] subDemand = demandOf.clone();
        int[] subPoints = pointsOf.clone();
        int[] subFacilities = facilitiesOf.clone();
        for (int k = orderSize - 1; k >= 0; k--) {
            int u = order[k];
            int p = treeParent[u];
            if (p >= 0) {
                subDemand[p] += subDemand[u];
                subPoints[p] += subPoints[u];
                subFacilities[p] += subFacilities[u];
            }
        }
        List<CriticalEdge> out = new ArrayList<>();
        for (int u = 0; u < pieces; u++) {
            if (treeParent[u] < 0) continue;
            int root = treeRoot[u];
            double cut;
            int cutPoints;
            if (subFacilities[u] == 0) {
                cut = subDemand[u];
                cutPoints = subPoints[u];
            } else if (subFacilities[root] - subFacilities[u] == 0) {
                cut = subDemand[root] - subDemand[u];
                cutPoints = subPoints[root] - subPoints[u];
            } else {
                continue;
            }
            if (cutPoints > 0) out.add(new CriticalEdge(parentBridge[u], net.name(parentBridge[u]), cut, cutPoints));
        }
        out.sort(Comparator.comparingDouble(CriticalEdge::demandCutOff).reversed().thenComparingInt(CriticalEdge::edge));
        return out;
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

    /**
     * Bridges of the undirected multigraph whose edges are the given roads (Tarjan's low-link method,
     * iterative: JGraphT's {@code BiconnectivityInspector} recurses once per DFS level and overflows the
     * stack on city-sized road networks). Parallel roads are handled by skipping only the tree edge itself.
     *
     * @return per road index, whether it is a bridge
     */
    private boolean[] findBridges(int n, int[] roadEdge, int roads) {
        int[] degree = new int[n + 1];
        for (int r = 0; r < roads; r++) {
            degree[net.edgeFrom(roadEdge[r]) + 1]++;
            degree[net.edgeTo(roadEdge[r]) + 1]++;
        }
        for (int i = 0; i < n; i++) degree[i + 1] += degree[i];
        int[] adjStart = degree;
        int[] adjRoad = new int[2 * roads];
        int[] fill = Arrays.copyOf(adjStart, n);
        for (int r = 0; r < roads; r++) {
            adjRoad[fill[net.edgeFrom(roadEdge[r])]++] = r;
            adjRoad[fill[net.edgeTo(roadEdge[r])]++] = r;
        }
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parentRoad = new int[n];
        int[] next = new int[n];
        int[] stack = new int[n];
        boolean[] bridge = new boolean[roads];
        int time = 0;
        for (int s = 0; s < n; s++) {
            if (disc[s] != 0) continue;
            int top = 0;
            stack[0] = s;
            disc[s] = low[s] = ++time;
            parentRoad[s] = -1;
            next[s] = adjStart[s];
            while (top >= 0) {
                int u = stack[top];
                if (next[u] < adjStart[u + 1]) {
                    int r = adjRoad[next[u]++];
                    if (r == parentRoad[u]) continue;
                    int e = roadEdge[r];
                    int v = net.edgeFrom(e) == u ? net.edgeTo(e) : net.edgeFrom(e);
                    if (disc[v] == 0) {
                        disc[v] = low[v] = ++time;
                        parentRoad[v] = r;
                        next[v] = adjStart[v];
                        stack[++top] = v;
                    } else {
                        low[u] = Math.min(low[u], disc[v]);
                    }
                } else {
                    top--;
                    if (top >= 0) {
                        int p = stack[top];
                        low[p] = Math.min(low[p], low[u]);
                        if (low[u] > disc[p]) bridge[parentRoad[u]] = true;
                    }
                }
            }
        }
        return bridge;
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
