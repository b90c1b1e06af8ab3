package org.drillsim.routing;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleGraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
 * undirected road graph of open roads (Tarjan 1974, via JGraphT's {@code BiconnectivityInspector}),
 * each ranked by the demand it would cut off from every facility.
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
        // Undirected simple graph of open roads; parallel roads between the same two nodes are never bridges.
        Graph<Integer, Integer> g = new SimpleGraph<>(null, null, false);
        for (int v = 0; v < n; v++) g.addVertex(v);
        Map<Long, Integer> multiplicity = new HashMap<>();
        Map<Long, Integer> representative = new HashMap<>();
        int maxRoad = 0;
        for (int e = 0; e < net.edgeCount(); e++) maxRoad = Math.max(maxRoad, net.roadId(e));
        boolean[] roadSeen = new boolean[maxRoad + 1];
        for (int e = 0; e < net.edgeCount(); e++) {
            if (state != null && state.isClosed(e, t)) continue;
            int road = net.roadId(e);
            if (roadSeen[road]) continue;
            roadSeen[road] = true;
            int a = net.edgeFrom(e);
            int b = net.edgeTo(e);
            long key = pairKey(a, b);
            if (multiplicity.merge(key, 1, Integer::sum) == 1) {
                representative.put(key, e);
                g.addEdge(a, b, e);
            }
        }
        Set<Integer> bridgeEdges = new BiconnectivityInspector<>(g).getBridges();
        List<Integer> bridges = new ArrayList<>();
        for (int e : bridgeEdges) if (multiplicity.get(pairKey(net.edgeFrom(e), net.edgeTo(e))) == 1) bridges.add(e);
        bridges.sort(null);

        // 2-edge-connected pieces: union everything except the bridges
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        boolean[] isBridge = new boolean[net.edgeCount()];
        for (int e : bridges) isBridge[e] = true;
        for (int e : g.edgeSet()) if (!isBridge[e]) union(parent, net.edgeFrom(e), net.edgeTo(e));
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

    private void checkPlaces(List<Place> places) {
        for (Place p : places) {
            if (p.node() < 0 || p.node() >= net.nodeCount()) {
                throw new IllegalArgumentException("place '" + p.name() + "': node " + p.node() + " out of range (network has " + net.nodeCount() + " nodes)");
            }
        }
    }

    private static long pairKey(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
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
