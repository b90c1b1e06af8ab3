package org.drillsim.routing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCityTest {
    @Test
    void sameSeedSameCityOtherSeedOtherCity() {
        RoadNetwork a = SyntheticCity.generate(5, 3000);
        RoadNetwork b = SyntheticCity.generate(5, 3000);
        RoadNetworkLoaderTest.assertSameNetwork(a, b);
        RoadNetwork c = SyntheticCity.generate(6, 3000);
        assertFalse(Arrays.equals(a.lat, c.lat));
    }

    @Test
    void sizeIsCloseToTheRequestAndEveryNodeReachesEveryOther() {
        for (int size : new int[]{1000, 10_000}) {
            RoadNetwork net = SyntheticCity.generate(1, size);
            assertTrue(net.nodeCount() > 0.9 * size && net.nodeCount() <= 1.1 * size, "nodes " + net.nodeCount() + " for " + size);
            assertTrue(Arrays.stream(new Router(net).oneToAll(0, null, 0)).noneMatch(t -> t == Router.UNREACHABLE));
            assertEquals(SyntheticCity.SOURCE, net.source());
        }
        assertThrows(IllegalArgumentException.class, () -> SyntheticCity.generate(1, 3));
    }

    @Test
    void theRiverIsCrossedOnlyByNamedBridgesAndClosingThemSplitsTheCity() {
        RoadNetwork net = SyntheticCity.generate(9, 5000);
        List<Integer> bridges = new ArrayList<>();
        for (int e = 0; e < net.edgeCount(); e++) if (net.isBridge(e)) bridges.add(e);
        assertTrue(bridges.size() >= 4, "at least two two-way bridges");
        assertTrue(bridges.stream().allMatch(e -> net.name(e).endsWith("桥")));
        NetworkState state = new NetworkState(net);
        for (int e : bridges) state.close(e, 0, NetworkState.FOREVER);
        int[] comp = Components.strongComponents(net, open(net, state));
        int south = comp[0];
        int north = comp[net.nodeCount() - 1];
        assertNotEquals(south, north);
        for (int v = 0; v < net.nodeCount(); v++) assertTrue(comp[v] == south || comp[v] == north, "only two banks");
        for (int e : bridges) {
            double latFrom = net.lat(net.edgeFrom(e));
            double latTo = net.lat(net.edgeTo(e));
            assertTrue(Math.abs(latFrom - latTo) * Geo.metresPerDegreeLat() > 600, "bridges span the river");
        }
    }

    @Test
    void districtsAreNamedAndCoverTheCity() {
        RoadNetwork net = SyntheticCity.generate(2, 4000);
        List<String> names = net.districts().stream().map(District::name).toList();
        assertTrue(names.containsAll(List.of("松北区", "道里区", "南岗区")), names.toString());
        var f = RoadNetwork.geometryFactory();
        for (int v = 0; v < net.nodeCount(); v += 37) {
            var p = f.createPoint(new org.locationtech.jts.geom.Coordinate(net.lon(v), net.lat(v)));
            long covering = net.districts().stream().filter(d -> d.polygon().covers(p)).count();
            assertEquals(1, covering, "node " + v + " lies in exactly one district");
        }
        // the north bank (last row) is in 松北区 or 呼兰区
        int last = net.nodeCount() - 1;
        var p = f.createPoint(new org.locationtech.jts.geom.Coordinate(net.lon(last), net.lat(last)));
        String d = net.districts().stream().filter(x -> x.polygon().covers(p)).findFirst().orElseThrow().name();
        assertTrue(d.equals("松北区") || d.equals("呼兰区"), d);
    }

    static boolean[] open(RoadNetwork net, NetworkState state) {
        boolean[] usable = new boolean[net.edgeCount()];
        for (int e = 0; e < usable.length; e++) usable[e] = !state.isClosed(e, 0);
        return usable;
    }
}
