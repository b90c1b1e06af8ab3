package org.drillsim.bench.routing;

import com.graphhopper.routing.Dijkstra;
import com.graphhopper.routing.DijkstraOneToMany;
import com.graphhopper.routing.SPTEntry;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.AbstractAdjustedWeighting;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.Graph;
import com.graphhopper.util.EdgeIteratorState;

/**
 * GraphHopper's {@link DijkstraOneToMany} (flexible mode, node-based, no CH; primitive arrays reused between
 * searches, GraphHopper's fastest one-to-many search) run to exhaustion from one source: the reference for
 * one-to-all searches. {@link #weightsFrom} is checked against GraphHopper's plain {@link Dijkstra}.
 */
final class GraphHopperOneToAll {
    private final Graph graph;
    private final Weighting weighting;
    private final DijkstraOneToMany oneToMany;

    GraphHopperOneToAll(Graph graph, Weighting weighting) {
        this.graph = graph;
        this.weighting = weighting;
        this.oneToMany = new DijkstraOneToMany(graph, weighting, TraversalMode.NODE_BASED);
    }

    /** One-to-all by {@link DijkstraOneToMany}: searches for a node that does not exist, so it settles everything. */
    void exhaust(int source) {
        oneToMany.clear();
        oneToMany.findEndNode(source, -1);
    }

    /** Weights from {@code source} to {@code nodes[i]} by {@link DijkstraOneToMany}, +inf when unreachable. */
    double[] weightsOneToMany(int source, int[] nodes) {
        exhaust(source);
        double[] out = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) out[i] = nodes[i] == source ? 0 : weightAfterExhaust(nodes[i]);
        return out;
    }

    /** Point-to-point weight by GraphHopper's bidirectional Dijkstra or bidirectional A* (+inf when no path). */
    double pairWeight(int from, int to, boolean astar) {
        com.graphhopper.routing.Path p = astar
                ? new com.graphhopper.routing.AStarBidirection(graph, weighting, TraversalMode.NODE_BASED).calcPath(from, to)
                : new com.graphhopper.routing.DijkstraBidirectionRef(graph, weighting, TraversalMode.NODE_BASED).calcPath(from, to);
        return p.isFound() ? p.getWeight() : Double.POSITIVE_INFINITY;
    }

    /** Weight (GraphHopper's units) to {@code node} after {@link #exhaust}, +inf when unreachable. */
    double weightAfterExhaust(int node) {
        double w = oneToMany.getWeight(node);
        return w == Double.MAX_VALUE ? Double.POSITIVE_INFINITY : w;
    }

    /** Weights (GraphHopper's units) from {@code source} to {@code nodes[i]}, +inf when unreachable. */
    double[] weightsFrom(int source, int[] nodes) {
        Exhaustive d = new Exhaustive(graph, weighting);
        d.calcPath(source, source == 0 ? 1 : 0);
        double[] out = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            SPTEntry e = d.entry(nodes[i]);
            // GraphHopper's search map may lack the source itself; its weight is 0 by definition
            out[i] = nodes[i] == source ? 0 : e == null ? Double.POSITIVE_INFINITY : e.weight;
        }
        return out;
    }

    private static final class Exhaustive extends Dijkstra {
        Exhaustive(Graph graph, Weighting weighting) {
            super(graph, weighting, TraversalMode.NODE_BASED);
        }

        @Override
        protected boolean finished() {
            return false;
        }

        SPTEntry entry(int node) {
            return fromMap.get(node);
        }
    }

    /** GraphHopper's way to apply closures at query time: a weighting that blocks the closed edges. */
    static final class ClosedEdgesWeighting extends AbstractAdjustedWeighting {
        private final boolean[] closed;

        ClosedEdgesWeighting(Weighting base, boolean[] closedGraphHopperEdge) {
            super(base);
            this.closed = closedGraphHopperEdge;
        }

        @Override
        public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
            return closed[edge.getEdge()] ? Double.POSITIVE_INFINITY : super.calcEdgeWeight(edge, reverse);
        }

        @Override
        public String getName() {
            return "closed_edges";
        }
    }
}
