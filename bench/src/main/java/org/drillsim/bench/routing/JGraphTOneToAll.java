package org.drillsim.bench.routing;

import org.drillsim.routing.NetworkState;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.Router;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.IntVertexDijkstraShortestPath;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedWeightedGraph;

import java.util.ArrayList;
import java.util.List;

/**
 * JGraphT's fastest Dijkstra for this case, {@link IntVertexDijkstraShortestPath} (array-based, for integer
 * vertices), on the same network: vertices are node ids, edges are our edge ids weighted by free-flow
 * milliseconds, held in jgrapht-opt's {@link SparseIntDirectedWeightedGraph} (compact CSR arrays, JGraphT's
 * documented fastest representation for a static integer graph). Closed edges are left out of the graph (a graph
 * built for the closures, faster for JGraphT than a mask over the full one).
 */
final class JGraphTOneToAll {
    private final Graph<Integer, Integer> graph;
    private final int nodeCount;

    JGraphTOneToAll(RoadNetwork net, NetworkState closures) {
        List<Triple<Integer, Integer, Double>> edges = new ArrayList<>(net.edgeCount());
        for (int e = 0; e < net.edgeCount(); e++) {
            if (closures != null && closures.isClosed(e, 0)) continue;
            edges.add(Triple.of(net.edgeFrom(e), net.edgeTo(e), (double) net.freeFlowTimeMs(e)));
        }
        this.graph = new SparseIntDirectedWeightedGraph(net.nodeCount(), edges);
        this.nodeCount = net.nodeCount();
    }

    /** Travel times in ms from {@code source} to every node, {@link Router#UNREACHABLE} when unreachable. */
    long[] oneToAll(int source) {
        ShortestPathAlgorithm.SingleSourcePaths<Integer, Integer> paths = new IntVertexDijkstraShortestPath<>(graph).getPaths(source);
        long[] out = new long[nodeCount];
        for (int v = 0; v < nodeCount; v++) {
            double w = paths.getWeight(v);
            out[v] = Double.isInfinite(w) ? Router.UNREACHABLE : (long) w;
        }
        return out;
    }
}
