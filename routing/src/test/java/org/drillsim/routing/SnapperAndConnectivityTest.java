package org.drillsim.routing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapperAndConnectivityTest {
    private final RoadNetwork city = SyntheticCity.generate(12, 3000);

    @Test
    void snapsANodeToItselfAndAMidBlockPointToTheNearerEnd() {
        Snapper snapper = new Snapper(city);
        for (int v = 0; v < city.nodeCount(); v += 97) {
            Snap s = snapper.snap(city.lat(v), city.lon(v));
            assertEquals(v, s.node());
            assertEquals(0, s.distanceM(), 0.01);
        }
        int e = city.outStart(40);
        int a = city.edgeFrom(e);
        int b = city.edgeTo(e);
        double lat = city.lat(a) * 0.8 + city.lat(b) * 0.2;
        double lon = city.lon(a) * 0.8 + city.lon(b) * 0.2;
        Snap s = snapper.snap(lat, lon);
        assertEquals(a, s.node());
        assertEquals(city.roadId(e), city.roadId(s.edge()));
    }

    @Test
    void aPointFarFromAnyRoadIsAnErrorNamingThePoint() {
        Snapper snapper = new Snapper(city, 500);
        double lat = city.bounds().getMaxY() + 0.02; // about 2.2 km north of the city
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> snapper.snap("江心岛避难场所", lat, city.lon(0)));
        assertTrue(e.getMessage().contains("江心岛避难场所") && e.getMessage().contains("500"), e.getMessage());
        assertEquals(1000, new Snapper(city).maxDistanceM());
    }

    @Test
    void closingTheBridgesCutsTheNorthBankOffFromSouthernHospitals() {
        int south = 0;
        int north = city.nodeCount() - 1;
        List<Connectivity.Place> hospitals = List.of(new Connectivity.Place("南岸医院", south + 5, 0));
        List<Connectivity.Place> demand = List.of(new Connectivity.Place("北岸社区", north, 800), new Connectivity.Place("南岸社区", 30, 500));
        Connectivity conn = new Connectivity(city);
        assertTrue(conn.analyse(null, 0, hospitals, demand).cutOffDemand().isEmpty());

        NetworkState state = new NetworkState(city);
        List<Integer> bridges = new ArrayList<>();
        for (int e = 0; e < city.edgeCount(); e++) if (city.isBridge(e)) bridges.add(e);
        for (int e : bridges) state.close(e, 3_600_000, NetworkState.FOREVER);
        Connectivity.Report before = conn.analyse(state, 0, hospitals, demand);
        assertTrue(before.cutOffDemand().isEmpty(), "closures start at T+01:00");
        Connectivity.Report after = conn.analyse(state, 3_600_000, hospitals, demand);
        assertEquals(List.of(demand.get(0)), after.cutOffDemand());
        assertEquals(800, after.cutOffWeight());
        assertTrue(after.reachableFacilities(demand.get(0)).isEmpty());
        assertEquals(hospitals, after.reachableFacilities(demand.get(1)));
        assertEquals(0, after.componentOf(south), "the larger south bank is component 0");
    }

    @Test
    void withOneBridgeLeftItIsTheSinglePointOfFailure() {
        NetworkState state = new NetworkState(city);
        List<Integer> bridges = new ArrayList<>();
        for (int e = 0; e < city.edgeCount(); e++) if (city.isBridge(e)) bridges.add(e);
        int kept = bridges.get(0);
        for (int e : bridges) if (city.roadId(e) != city.roadId(kept)) state.close(e, 0, NetworkState.FOREVER);
        List<Connectivity.Place> hospitals = List.of(new Connectivity.Place("南岸医院", 3, 0));
        List<Connectivity.Place> demand = List.of(new Connectivity.Place("北岸A", city.nodeCount() - 1, 800),
                new Connectivity.Place("北岸B", city.nodeCount() - 40, 200), new Connectivity.Place("南岸", 50, 999));
        Connectivity conn = new Connectivity(city);
        List<Connectivity.CriticalEdge> critical = conn.criticalEdges(state, 0, hospitals, demand);
        assertEquals(city.roadId(kept), city.roadId(critical.get(0).edge()));
        assertEquals(1000, critical.get(0).demandCutOff());
        assertEquals(2, critical.get(0).demandPointsCutOff());
        assertTrue(critical.stream().allMatch(c -> c.demandCutOff() <= 1000));
        List<Connectivity.CriticalBridge> structures = conn.criticalBridges(state, 0, hospitals, demand);
        assertEquals(city.name(kept), structures.get(0).name());
        assertEquals(1000, structures.get(0).demandCutOff());
        // all bridges open: no single one cuts anything off
        assertTrue(conn.criticalBridges(null, 0, hospitals, demand).isEmpty());
    }

    @Test
    void aDeadEndStreetIsCriticalForTheDemandBehindIt() {
        RoadNetwork.Builder b = RoadNetwork.builder("test");
        for (int i = 0; i < 5; i++) b.addNode(45.7, 126.6 + 0.001 * i);
        b.addRoad(0, 1, 80, 1000, 1000, RoadClass.RESIDENTIAL, "环路", false, false, null);
        b.addRoad(1, 2, 80, 1000, 1000, RoadClass.RESIDENTIAL, "环路", false, false, null);
        b.addRoad(2, 0, 80, 1000, 1000, RoadClass.RESIDENTIAL, "环路", false, false, null);
        b.addRoad(2, 3, 80, 1000, 1000, RoadClass.RESIDENTIAL, "尽头路", false, false, null);
        b.addRoad(3, 4, 80, 1000, 1000, RoadClass.RESIDENTIAL, "尽头路二段", false, false, null);
        b.addRoad(3, 4, 90, 1100, 1100, RoadClass.SERVICE, "平行小路", false, false, null); // parallel: neither is critical
        RoadNetwork net = b.build();
        List<Connectivity.CriticalEdge> critical = new Connectivity(net).criticalEdges(null, 0,
                List.of(new Connectivity.Place("站", 0, 0)), List.of(new Connectivity.Place("村", 4, 42)));
        assertEquals(1, critical.size(), critical.toString());
        assertEquals("尽头路", critical.get(0).name());
        assertEquals(42, critical.get(0).demandCutOff());
    }
}
