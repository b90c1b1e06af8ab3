package org.drillsim.routing;

import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouterTest {
    private final RoadNetwork city = SyntheticCity.generate(3, 2500);

    /** a -> b -> c one way, plus a two-way road a <-> c that is 10x slower. */
    private static RoadNetwork triangle() {
        RoadNetwork.Builder b = RoadNetwork.builder("test");
        int a = b.addNode(45.70, 126.60);
        int m = b.addNode(45.70, 126.61);
        int c = b.addNode(45.70, 126.62);
        int d = b.addNode(45.71, 126.62); // reachable only from c, leads nowhere
        b.addRoad(a, m, 780, 60_000, -1, RoadClass.PRIMARY, "一路", false, false, null);
        b.addRoad(m, c, 780, 60_000, -1, RoadClass.PRIMARY, "二路", true, false, new double[]{45.7001, 126.615});
        b.addRoad(a, c, 1560, 1_200_000, 1_200_000, RoadClass.RESIDENTIAL, "慢街", false, false, null);
        b.addRoad(c, d, 1000, 50_000, -1, RoadClass.SERVICE, "", false, false, null);
        return b.build();
    }

    @Test
    void agreesWithJGraphTUnderRandomClosuresAndSlowdowns() {
        NetworkState state = new NetworkState(city);
        Random rnd = new Random(5);
        for (int k = 0; k < 150; k++) state.closeRoad(rnd.nextInt(city.edgeCount()), 0, NetworkState.FOREVER);
        for (int k = 0; k < 300; k++) state.setSpeedFactor(rnd.nextInt(city.edgeCount()), 0.2 + 0.7 * rnd.nextDouble(), 0, NetworkState.FOREVER);
        DirectedWeightedPseudograph<Integer, Integer> g = new DirectedWeightedPseudograph<>(Integer.class);
        for (int v = 0; v < city.nodeCount(); v++) g.addVertex(v);
        for (int e = 0; e < city.edgeCount(); e++) {
            long t = state.travelTimeMs(e, 0);
            if (t < 0) continue;
            g.addEdge(city.edgeFrom(e), city.edgeTo(e), e);
            g.setEdgeWeight(e, t);
        }
        DijkstraShortestPath<Integer, Integer> reference = new DijkstraShortestPath<>(g);
        Router router = new Router(city);
        for (int s = 0; s < 10; s++) {
            int src = rnd.nextInt(city.nodeCount());
            var paths = reference.getPaths(src);
            long[] ours = router.oneToAll(src, state, 0);
            for (int v = 0; v < city.nodeCount(); v++) {
                double w = paths.getWeight(v);
                assertEquals(Double.isInfinite(w) ? Router.UNREACHABLE : (long) w, ours[v], "from " + src + " to " + v);
            }
        }
    }

    @Test
    void routeTimeLengthAndGeometryAreConsistentWithItsEdges() {
        Router router = new Router(city);
        NetworkState state = new NetworkState(city);
        state.setSpeedFactor(city.outStart(10), 0.5, 0, NetworkState.FOREVER);
        Route r = router.route(0, city.nodeCount() - 1, state, 0);
        assertTrue(r.isFound());
        long time = 0;
        double length = 0;
        int at = 0;
        for (int e : r.edges()) {
            assertEquals(at, city.edgeFrom(e));
            at = city.edgeTo(e);
            time += state.travelTimeMs(e, 0);
            length += city.lengthM(e);
        }
        assertEquals(city.nodeCount() - 1, at);
        assertEquals(time, r.timeMs());
        assertEquals(length, r.distanceM(), 1e-6);
        LineString line = r.geometry();
        assertEquals(city.lon(0), line.getCoordinateN(0).x);
        assertEquals(city.lat(city.nodeCount() - 1), line.getCoordinateN(line.getNumPoints() - 1).y);
        Route self = router.route(5, 5, null, 0);
        assertEquals(0, self.timeMs());
        assertEquals(0, self.edges().length);
    }

    @Test
    void oneToManyManyToManyAndAllToOneMatchOneToAll() {
        Router router = new Router(city);
        int[] sources = {0, 17, 333, city.nodeCount() - 1};
        int[] targets = {5, 5, 999, 1234, 0};
        long[][] matrix = router.manyToMany(sources, targets, null, 0);
        for (int i = 0; i < sources.length; i++) {
            long[] all = router.oneToAll(sources[i], null, 0);
            for (int j = 0; j < targets.length; j++) assertEquals(all[targets[j]], matrix[i][j]);
        }
        long[] toTarget = router.allToOne(999, null, 0);
        for (int s : sources) assertEquals(router.travelTimeMs(s, 999, null, 0), toTarget[s]);
        assertEquals(0, router.oneToMany(1, new int[0], null, 0).length);
    }

    @Test
    void oneWayRoadsClosuresWindowsAndFactors() {
        RoadNetwork net = triangle();
        Router router = new Router(net);
        assertEquals(120_000, router.travelTimeMs(0, 2, null, 0));
        assertEquals(1_200_000, router.travelTimeMs(2, 0, null, 0), "the one-way streets do not lead back");
        assertEquals(Router.UNREACHABLE, router.travelTimeMs(3, 0, null, 0));
        assertFalse(router.route(3, 0, null, 0).isFound());
        assertEquals(Router.UNREACHABLE, router.allToOne(0, null, 0)[3]);

        int yiLu = edgeNamed(net, "一路");
        int erLu = edgeNamed(net, "二路");
        NetworkState state = new NetworkState(net);
        state.close(erLu, 1000, 2000); // 二路 closed during [1 s, 2 s)
        assertEquals(120_000, router.travelTimeMs(0, 2, state, 999));
        assertEquals(1_200_000, router.travelTimeMs(0, 2, state, 1000));
        assertEquals(1_200_000, router.travelTimeMs(0, 2, state, 1999));
        assertEquals(120_000, router.travelTimeMs(0, 2, state, 2000));

        state.setSpeedFactor(yiLu, 0.5, 0, NetworkState.FOREVER);
        assertEquals(180_000, router.travelTimeMs(0, 2, state, 5000));
        state.setSpeedFactor(yiLu, 0.25, 0, 10_000); // the slowest active factor applies
        assertEquals(300_000, router.travelTimeMs(0, 2, state, 5000));
        assertEquals(180_000, router.travelTimeMs(0, 2, state, 10_000));
        state.clearSpeedFactors(yiLu);
        assertEquals(120_000, router.travelTimeMs(0, 2, state, 5000));

        Route via = router.route(0, 2, null, 0);
        assertArrayEquals(new int[]{yiLu, erLu}, via.edges());
        assertEquals(4, via.geometry().getNumPoints(), "start, pillar of 二路, end");
    }

    private static int edgeNamed(RoadNetwork net, String name) {
        for (int e = 0; e < net.edgeCount(); e++) if (net.name(e).equals(name)) return e;
        throw new AssertionError("no edge named " + name);
    }

    @Test
    void badInputIsRejectedWithTheReason() {
        Router router = new Router(triangle());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> router.oneToAll(99, null, 0));
        assertTrue(e.getMessage().contains("99"));
        assertThrows(IllegalArgumentException.class, () -> router.route(0, -1, null, 0));
        NetworkState foreign = new NetworkState(city);
        assertThrows(IllegalArgumentException.class, () -> router.travelTimeMs(0, 2, foreign, 0));
    }
}
