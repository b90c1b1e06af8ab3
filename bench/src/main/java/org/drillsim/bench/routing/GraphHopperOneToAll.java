package org.drillsim.bench.routing;

import com.graphhopper.routing.Dijkstra;
import com.graphhopper.routing.SPTEntry;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.AbstractAdjustedWeighting;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.Graph;
import com.graphhopper.util.EdgeIteratorState;

/**
 * GraphHopper's own {@link Dijkstra} (flexible mode, node-based, no CH) run to exhaustion from one
 * source: the reference for one-to-all searches. GraphHopper has no public one-to-all Dijkstra, so this
 * only turns off the stop-at-target test; everything else (heap, maps, weighting) is GraphHopper's.
 */
final class GraphHopperOneToAll {
    private final Graph graph;
    private final Weighting weighting;

    GraphHopperOneToAll(Graph graph, Weighting weighting) {
        this.graph = graph;
        this.weighting = weighting;
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
