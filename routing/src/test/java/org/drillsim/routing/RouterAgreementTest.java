package org.drillsim.routing;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The router's answers equal JGraphT's Dijkstra (an independent implementation) on random pairs under random
 * closures and slow-downs, for every kind of question: a pair (bidirectional), one-to-all, many-to-one, and the
 * rule-based {@link NetworkState} path against the flat cost array.
 */
class RouterAgreementTest {
    @Test
    void everyQueryEqualsJGraphTUnderRandomClosures() {
        RoadNetwork net = SyntheticCity.generate(7, 3000);
        Router router = new Router(net);
        SplittableRandom rnd = new SplittableRandom(16);
        int unreachablePairs = 0;
        int pairs = 0;
        for (int round = 0; round < 12; round++) {
            NetworkState state = new NetworkState(net);
            // from none to a quarter of the roads closed (the river's bridges among them, so some pairs are cut off)
            int closures = round * net.edgeCount() / 48;
            for (int k = 0; k < closures; k++) state.closeRoad(rnd.nextInt(net.edgeCount()), 0, NetworkState.FOREVER);
            for (int k = 0; k < net.edgeCount() / 20; k++) {
                state.setSpeedFactor(rnd.nextInt(net.edgeCount()), 0.1 + 0.9 * rnd.nextDouble(), 0, NetworkState.FOREVER);
            }
            int[] costs = new int[net.edgeCount()];
            for (int e = 0; e < costs.length; e++) costs[e] = (int) state.travelTimeMs(e, 0);
            Graph<Integer, Integer> g = new DirectedWeightedPseudograph<>(Integer.class);
            for (int v = 0; v < net.nodeCount(); v++) g.addVertex(v);
            for (int e = 0; e < costs.length; e++) {
                if (costs[e] < 0) continue;
                g.addEdge(net.edgeFrom(e), net.edgeTo(e), e);
                g.setEdgeWeight(e, costs[e]);
            }
            DijkstraShortestPath<Integer, Integer> ref = new DijkstraShortestPath<>(g);
            int[] sources = rnd.ints(5, 0, net.nodeCount()).toArray();
            for (int s : sources) {
                ShortestPathAlgorithm.SingleSourcePaths<Integer, Integer> paths = ref.getPaths(s);
                long[] all = router.oneToAll(s, costs);
                assertEquals(timeOf(paths.getWeight(s)), all[s]);
                long[] viaState = router.oneToAll(s, state, 0);
                for (int v = 0; v < net.nodeCount(); v++) {
                    assertEquals(timeOf(paths.getWeight(v)), all[v], "one-to-all from " + s + " to " + v);
                    assertEquals(all[v], viaState[v], "flat costs vs network state at node " + v);
                }
                int[] targets = rnd.ints(40, 0, net.nodeCount()).toArray();
                for (int t : targets) {
                    long want = timeOf(paths.getWeight(t));
                    assertEquals(want, router.pairTimeMs(s, t, costs), "pair " + s + " -> " + t + " in round " + round);
                    assertEquals(want, router.travelTimeMs(s, t, state, 0));
                    pairs++;
                    if (want == Router.UNREACHABLE) unreachablePairs++;
                }
                // many-to-one: the targets' times back to s equal JGraphT's from each of them
                long[] back = router.manyToOne(targets, s, costs);
                for (int i = 0; i < targets.length; i++) {
                    assertEquals(timeOf(ref.getPathWeight(targets[i], s)), back[i], "many-to-one " + targets[i] + " -> " + s);
                }
            }
        }
        // the closures must have cut some pairs off, else the unreachable branch went untested
        assertTrue(unreachablePairs > 0 && unreachablePairs < pairs, unreachablePairs + " of " + pairs + " pairs unreachable");
    }

    private static long timeOf(double jgraphtWeight) {
        return Double.isInfinite(jgraphtWeight) ? Router.UNREACHABLE : (long) jgraphtWeight;
    }
}
