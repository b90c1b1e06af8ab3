package org.drillsim.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.routing.Dijkstra;
import com.graphhopper.routing.Path;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.util.TraversalMode;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Correctness on the real Harbin extract (../shared/maps/harbin.osm.pbf), imported once for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HarbinRoutingTest {
    private OsmImporter.Imported imported;
    private RoadNetwork net;
    private Router router;
    private OsmTestData osm;

    @BeforeAll
    void importHarbin() throws Exception {
        java.nio.file.Path pbf = MapLocator.locate("harbin", null);
        imported = OsmImporter.importWithGraphHopper(pbf);
        net = imported.network();
        router = new Router(net);
        osm = OsmTestData.read(pbf, "松花江");
    }

    @AfterAll
    void close() {
        if (imported != null) imported.close();
    }

    @Test
    void networkIsTheLargestStronglyConnectedCarComponentWithNamesAndBridges() {
        assertTrue(net.nodeCount() > 14_000 && net.nodeCount() < 19_000, "nodes: " + net.nodeCount());
        assertEquals(RoadNetwork.OSM_ATTRIBUTION, net.source());
        long[] fromFirst = router.oneToAll(0, null, 0);
        assertTrue(Arrays.stream(fromFirst).noneMatch(t -> t == Router.UNREACHABLE), "every node reachable");
        long[] toFirst = router.allToOne(0, null, 0);
        assertTrue(Arrays.stream(toFirst).noneMatch(t -> t == Router.UNREACHABLE), "every node reaches node 0");
        Set<String> names = new HashSet<>();
        int bridges = 0;
        for (int e = 0; e < net.edgeCount(); e++) {
            names.add(net.name(e));
            if (net.isBridge(e)) bridges++;
        }
        assertTrue(names.contains("中央大街") || names.contains("红旗大街"), "Chinese street names imported");
        assertTrue(names.contains("松花江公路大桥"));
        assertTrue(bridges > 100, "bridge flags: " + bridges);
        assertTrue(net.bounds().contains(126.63, 45.76));
    }

    @Test
    void travelTimesEqualGraphHoppersDijkstraOnAThousandRandomPairs() {
        Random rnd = new Random(42);
        int exact = 0;
        for (int i = 0; i < 1000; i++) {
            int a = rnd.nextInt(net.nodeCount());
            int b = rnd.nextInt(net.nodeCount());
            long ours = router.travelTimeMs(a, b, null, 0);
            Path gh = new Dijkstra(imported.graphHopper().getBaseGraph(), imported.weighting(), TraversalMode.NODE_BASED)
                    .calcPath(imported.sourceNodeOf()[a], imported.sourceNodeOf()[b]);
            assertTrue(gh.isFound(), "GraphHopper finds " + a + " -> " + b);
            assertEquals(gh.getTime(), ours, Math.max(1, 0.001 * gh.getTime()), "pair " + a + " -> " + b);
            if (gh.getTime() == ours) exact++;
        }
        assertTrue(exact > 950, "exactly equal in " + exact + " of 1000");
    }

    @Test
    void travelTimesEqualGraphHoppersRouteApiForTheCarProfile() {
        Random rnd = new Random(7);
        int compared = 0;
        for (int i = 0; i < 100; i++) {
            int a = rnd.nextInt(net.nodeCount());
            int b = rnd.nextInt(net.nodeCount());
            // The route API snaps coordinates; a few nodes share their position with another node (e.g. where
            // a road is split at a level crossing), and then GraphHopper starts elsewhere. Compare the rest.
            if (a == b || !snapsToItself(a) || !snapsToItself(b)) continue;
            // GraphHopper by default will not snap onto bridges and tunnels; our points are road nodes, bridges included
            GHRequest request = new GHRequest(net.lat(a), net.lon(a), net.lat(b), net.lon(b)).setProfile(OsmImporter.PROFILE)
                    .setSnapPreventions(List.of());
            GHResponse rsp = imported.graphHopper().route(request);
            assertFalse(rsp.hasErrors(), () -> rsp.getErrors().toString());
            long gh = rsp.getBest().getTime();
            long ours = router.travelTimeMs(a, b, null, 0);
            assertEquals(gh, ours, Math.max(1, 0.001 * gh), "pair " + a + " -> " + b);
            compared++;
        }
        assertTrue(compared >= 80, "compared " + compared + " of 100 pairs");
    }

    private boolean snapsToItself(int node) {
        var snap = imported.graphHopper().getLocationIndex().findClosest(net.lat(node), net.lon(node), EdgeFilter.ALL_EDGES);
        return snap.isValid() && snap.getClosestNode() == imported.sourceNodeOf()[node];
    }

    @Test
    void dijkstraEqualsJGraphTOnAThousandPairsAndUnderClosures() {
        NetworkState state = new NetworkState(net);
        Random rnd = new Random(3);
        for (int k = 0; k < 500; k++) state.closeRoad(rnd.nextInt(net.edgeCount()), 0, NetworkState.FOREVER);
        for (NetworkState s : new NetworkState[]{null, state}) {
            DirectedWeightedPseudograph<Integer, Integer> g = new DirectedWeightedPseudograph<>(Integer.class);
            for (int v = 0; v < net.nodeCount(); v++) g.addVertex(v);
            for (int e = 0; e < net.edgeCount(); e++) {
                if (s != null && s.isClosed(e, 0)) continue;
                g.addEdge(net.edgeFrom(e), net.edgeTo(e), e);
                g.setEdgeWeight(e, net.freeFlowTimeMs(e));
            }
            DijkstraShortestPath<Integer, Integer> reference = new DijkstraShortestPath<>(g);
            for (int src = 0; src < 50; src++) {
                int a = rnd.nextInt(net.nodeCount());
                ShortestPathAlgorithm.SingleSourcePaths<Integer, Integer> paths = reference.getPaths(a);
                long[] ours = router.oneToAll(a, s, 0);
                for (int j = 0; j < 20; j++) {
                    int b = rnd.nextInt(net.nodeCount());
                    double w = paths.getWeight(b);
                    long expected = Double.isInfinite(w) ? Router.UNREACHABLE : (long) w;
                    assertEquals(expected, ours[b], "pair " + a + " -> " + b);
                    assertEquals(expected, router.travelTimeMs(a, b, s, 0), "point to point " + a + " -> " + b);
                }
            }
        }
    }

    @Test
    void closingAnEdgeOnTheRouteReroutesAndReopeningRestoresTheExactTime() {
        Random rnd = new Random(11);
        int tested = 0;
        while (tested < 20) {
            int a = rnd.nextInt(net.nodeCount());
            int b = rnd.nextInt(net.nodeCount());
            Route before = router.route(a, b, null, 0);
            if (before.edges().length < 5) continue;
            int blocked = before.edges()[before.edges().length / 2];
            NetworkState state = new NetworkState(net);
            state.closeRoad(blocked, 0, NetworkState.FOREVER);
            Route detour = router.route(a, b, state, 0);
            assertTrue(Arrays.stream(detour.edges()).noneMatch(e -> e == blocked || e == net.reverseEdge(blocked)));
            assertTrue(!detour.isFound() || detour.timeMs() >= before.timeMs());
            assertFalse(Arrays.equals(before.edges(), detour.edges()));
            // the closure has a window: before it starts the original route is used
            NetworkState later = new NetworkState(net);
            later.closeRoad(blocked, 60_000, 120_000);
            assertEquals(before.timeMs(), router.travelTimeMs(a, b, later, 0));
            assertEquals(detour.timeMs(), router.travelTimeMs(a, b, later, 90_000));
            state.reopenRoad(blocked);
            Route after = router.route(a, b, state, 0);
            assertEquals(before.timeMs(), after.timeMs());
            assertArrayEquals(before.edges(), after.edges());
            tested++;
        }
    }

    @Test
    void closingTheSonghuaBridgesSplitsTheCityAndEachBankKeepsItsHospitals() {
        assertEquals(78, osm.hospitals.size(), "hospitals in the extract");
        Snapper snapper = new Snapper(net);
        List<Connectivity.Place> hospitals = new ArrayList<>();
        for (OsmTestData.Poi h : osm.hospitals) hospitals.add(new Connectivity.Place(h.name(), snapper.snap(h.name(), h.lat(), h.lon()).node(), 0));
        int songbei = snapper.snap(45.80, 126.55).node();     // 松北区, north bank
        int daoli = snapper.snap(45.76, 126.63).node();       // 道里区/南岗区, south bank
        long[] freeFlow = router.oneToAll(daoli, null, 0);

        NetworkState state = new NetworkState(net);
        Geometry river = RoadNetwork.geometryFactory().buildGeometry(osm.riverLines);
        int[] closed = state.closeEdgesIntersecting(river, 0, NetworkState.FOREVER);
        Set<String> bridgeNames = new HashSet<>();
        for (int e : closed) {
            assertTrue(net.isBridge(e), "only bridges cross the river: " + net.name(e));
            bridgeNames.add(net.name(e));
        }
        assertTrue(bridgeNames.containsAll(List.of("松花江公路大桥", "阳明滩大桥")), bridgeNames.toString());

        boolean[] open = new boolean[net.edgeCount()];
        for (int e = 0; e < open.length; e++) open[e] = !state.isClosed(e, 0);
        int[] comp = Components.strongComponents(net, open);
        int north = comp[songbei];
        int south = comp[daoli];
        assertNotEquals(north, south, "the river splits the city");
        int[] size = new int[net.nodeCount()];
        for (int c : comp) size[c]++;
        assertTrue(size[south] > size[north], "the south bank is the larger part");
        long northHospitals = hospitals.stream().filter(h -> comp[h.node()] == north).count();
        long southHospitals = hospitals.stream().filter(h -> comp[h.node()] == south).count();
        assertTrue(northHospitals >= 3 && southHospitals >= 50, "north " + northHospitals + ", south " + southHospitals);
        assertEquals(north, comp[hospitals.stream().filter(h -> h.name().equals("哈医大四院（松北院区）")).findFirst().orElseThrow().node()]);
        assertEquals(Router.UNREACHABLE, router.travelTimeMs(daoli, songbei, state, 0));
        assertArrayEquals(new boolean[]{false, false}, new Connectivity(net).cutOffWith(state, 0, new int[0], hospitals, List.of(
                new Connectivity.Place("松北", songbei, 1000), new Connectivity.Place("道里", daoli, 1000))),
                "each bank still has hospitals");

        for (int e : closed) state.reopen(e);
        assertArrayEquals(freeFlow, router.oneToAll(daoli, state, 0), "reopening restores every time exactly");
    }

    @Test
    void songhuaBridgesAreRankedByTheDemandTheyCutOff() {
        Snapper snapper = new Snapper(net);
        List<Connectivity.Place> southDepots = List.of(new Connectivity.Place("南岸储备库", snapper.snap(45.76, 126.63).node(), 0));
        List<Connectivity.Place> northDemand = List.of(
                new Connectivity.Place("松北A", snapper.snap(45.80, 126.55).node(), 3000),
                new Connectivity.Place("松北B", snapper.snap(45.81, 126.52).node(), 2000),
                new Connectivity.Place("道里", snapper.snap(45.765, 126.61).node(), 7000));
        Connectivity connectivity = new Connectivity(net);
        // With all four crossings open, no single bridge cuts the north bank off.
        assertTrue(connectivity.criticalBridges(null, 0, southDepots, northDemand).stream()
                .noneMatch(b -> b.name().equals("松花江公路大桥")));

        // Close every crossing except 松花江公路大桥: it becomes the single point of failure for both north points.
        NetworkState state = new NetworkState(net);
        Geometry river = RoadNetwork.geometryFactory().buildGeometry(osm.riverLines);
        int[] crossing = state.closeEdgesIntersecting(river, 0, 1);
        for (int e : crossing) if (!net.name(e).equals("松花江公路大桥")) state.close(e, 0, NetworkState.FOREVER);
        List<Connectivity.CriticalBridge> ranked = connectivity.criticalBridges(state, 10, southDepots, northDemand);
        assertFalse(ranked.isEmpty());
        assertEquals("松花江公路大桥", ranked.get(0).name(), ranked.toString());
        assertEquals(5000, ranked.get(0).demandCutOff(), 1e-9);
        assertEquals(2, ranked.get(0).demandPointsCutOff());
        boolean[] lost = connectivity.cutOffWith(state, 10, ranked.get(0).edges(), southDepots, northDemand);
        assertArrayEquals(new boolean[]{true, true, false}, lost);
    }
}
