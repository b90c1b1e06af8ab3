package org.drillsim.routing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
        int[] none = new int[0];
        assertArrayEquals(new boolean[]{false, false}, conn.cutOffWith(null, 0, none, hospitals, demand));

        NetworkState state = new NetworkState(city);
        List<Integer> bridges = new ArrayList<>();
        for (int e = 0; e < city.edgeCount(); e++) if (city.isBridge(e)) bridges.add(e);
        for (int e : bridges) state.close(e, 3_600_000, NetworkState.FOREVER);
        assertArrayEquals(new boolean[]{false, false}, conn.cutOffWith(state, 0, none, hospitals, demand),
                "closures start at T+01:00");
        assertArrayEquals(new boolean[]{true, false}, conn.cutOffWith(state, 3_600_000, none, hospitals, demand),
                "the north bank is cut off, the south bank keeps its hospital");
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
        List<Connectivity.CriticalBridge> structures = conn.criticalBridges(state, 0, hospitals, demand);
        assertEquals(city.name(kept), structures.get(0).name());
        assertEquals(1000, structures.get(0).demandCutOff());
        assertEquals(2, structures.get(0).demandPointsCutOff());
        // all bridges open: no single one cuts anything off
        assertTrue(conn.criticalBridges(null, 0, hospitals, demand).isEmpty());
    }
}
