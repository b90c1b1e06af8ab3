package org.drillsim.routing;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkStateTest {
    private final RoadNetwork city = SyntheticCity.generate(4, 4000);

    private Polygon randomFloodPolygon(Random rnd) {
        var env = city.bounds();
        double cx = env.getMinX() + rnd.nextDouble() * env.getWidth();
        double cy = env.getMinY() + rnd.nextDouble() * env.getHeight();
        double r = 0.002 + 0.01 * rnd.nextDouble();
        Coordinate[] cs = new Coordinate[8];
        for (int i = 0; i < 7; i++) {
            double a = 2 * Math.PI * i / 7;
            double rr = r * (0.5 + rnd.nextDouble());
            cs[i] = new Coordinate(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
        }
        cs[7] = cs[0];
        return RoadNetwork.geometryFactory().createPolygon(cs);
    }

    @Test
    void closuresFromAPolygonEqualAScanOfAllEdges() {
        Random rnd = new Random(8);
        for (int k = 0; k < 20; k++) {
            Geometry flood = randomFloodPolygon(rnd);
            NetworkState state = new NetworkState(city);
            int[] closed = state.closeEdgesIntersecting(flood, 0, NetworkState.FOREVER);
            int[] scan = java.util.stream.IntStream.range(0, city.edgeCount()).filter(e -> flood.intersects(city.geometry(e))).toArray();
            assertArrayEquals(scan, closed);
            assertArrayEquals(scan, state.closedEdges(0));
            for (int e : closed) {
                assertTrue(state.isClosed(e, 123));
                assertEquals(-1, state.travelTimeMs(e, 123));
                assertEquals(0.0, state.factor(e, 123));
                if (city.reverseEdge(e) >= 0) assertTrue(state.isClosed(city.reverseEdge(e), 0), "both directions");
            }
        }
    }

    @Test
    void slowdownsFromAPolygonScaleTravelTimes() {
        Geometry water = randomFloodPolygon(new Random(1));
        NetworkState state = new NetworkState(city);
        int[] slowed = state.slowEdgesIntersecting(water, 0.25, 1000, 5000);
        assertTrue(slowed.length > 0);
        for (int e : slowed) {
            assertEquals(0.25, state.factor(e, 1000));
            assertEquals((long) Math.ceil(city.freeFlowTimeMs(e) / 0.25), state.travelTimeMs(e, 4999));
            assertEquals(city.freeFlowTimeMs(e), state.travelTimeMs(e, 5000));
            assertEquals(1.0, state.factor(e, 999));
        }
    }

    @Test
    void versionCountsChangesAndReopeningRestoresFreeFlow() {
        NetworkState state = new NetworkState(city);
        long v0 = state.version();
        state.closeRoad(10, 0, 100);
        assertTrue(state.version() > v0);
        long v1 = state.version();
        state.setSpeedFactor(10, 0.5, 0, 1000);
        assertTrue(state.version() > v1);
        state.reopenRoad(10);
        assertFalse(state.isClosed(10, 50));
        assertEquals(0.5, state.factor(10, 50), "factors survive reopening");
        state.reset();
        assertEquals(city.freeFlowTimeMs(10), state.travelTimeMs(10, 50));
        long[] free = new Router(city).oneToAll(0, null, 0);
        assertArrayEquals(free, new Router(city).oneToAll(0, state, 50));
    }

    @Test
    void badInputSaysWhatIsWrong() {
        NetworkState state = new NetworkState(city);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> state.close(-1, 0, 1)).getMessage().contains("-1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> state.close(3, 5, 5)).getMessage().contains("window"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> state.setSpeedFactor(3, 0, 0, 1)).getMessage().contains("factor"));
        assertThrows(IllegalArgumentException.class, () -> state.setSpeedFactor(3, 1.5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> state.closeEdgesIntersecting(RoadNetwork.geometryFactory().createPolygon(), 0, 1));
        assertEquals(0, Arrays.stream(state.closedEdges(0)).count());
    }
}
