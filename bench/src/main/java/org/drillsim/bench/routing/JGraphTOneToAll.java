package org.drillsim.bench.routing;

import org.drillsim.routing.NetworkState;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.Router;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * JGraphT's {@link DijkstraShortestPath} on the same network: vertices are node ids, edges are our edge
 * ids weighted by free-flow milliseconds. Closures are applied as JGraphT does without rebuilding:
 * a {@link MaskSubgraph} hiding the closed edges.
 */
final class JGraphTOneToAll {
    private final Graph<Integer, Integer> graph;
    private final int nodeCount;

    JGraphTOneToAll(RoadNetwork net, NetworkState closures) {
        DirectedWeightedPseudograph<Integer, Integer> g = new DirectedWeightedPseudograph<>(Integer.class);
        for (int v = 0; v < net.nodeCount(); v++) g.addVertex(v);
        for (int e = 0; e < net.edgeCount(); e++) {
            g.addEdge(net.edgeFrom(e), net.edgeTo(e), e);
            g.setEdgeWeight(e, net.freeFlowTimeMs(e));
        }
        this.graph = closures == null ? g : new MaskSubgraph<>(g, v -> false, e -> closures.isClosed(e, 0));
        this.nodeCount = net.nodeCount();
    }

    /** Travel times in ms from {@code source} to every node, {@link Router#UNREACHABLE} when unreachable. */
    long[] oneToAll(int source) {
        ShortestPathAlgorithm.SingleSourcePaths<Integer, Integer> paths = new DijkstraShortestPath<>(graph).getPaths(source);
        long[] out = new long[nodeCount];
        for (int v = 0; v < nodeCount; v++) {
            double w = paths.getWeight(v);
            out[v] = Double.isInfinite(w) ? Router.UNREACHABLE : (long) w;
        }
        return out;
    }
}
