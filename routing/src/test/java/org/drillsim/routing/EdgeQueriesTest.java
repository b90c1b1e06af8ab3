package org.drillsim.routing;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Known answers at Harbin's latitude, where a degree of longitude is 0.70 of a degree of latitude: distances
 * are metres in both directions (the old run rule scaled north–south distances by cos φ and took roads 500 m
 * north for 350 m away).
 */
class EdgeQueriesTest {
    static final double LAT = 45.75;
    static final double LON = 126.60;
    static final LocalProjection P = new LocalProjection(LON, LAT);

    /** Edges 0/1: a two-way street from (0, 0) to (1000 m, 0); edges 2/3: a bridge from (0, 500 m) to (1000 m, 500 m). */
    static RoadNetwork net() {
        RoadNetwork.Builder b = RoadNetwork.builder("test");
        int a = b.addNode(LAT, LON);
        int c = b.addNode(LAT, P.lon(1000));
        int d = b.addNode(P.lat(500), LON);
        int e = b.addNode(P.lat(500), P.lon(1000));
        b.addRoad(a, c, 1000, 60_000, 60_000, RoadClass.PRIMARY, "中山路", false, false, null);
        b.addRoad(d, e, 1000, 60_000, 60_000, RoadClass.PRIMARY, "松花江大桥", true, false, null);
        return b.build();
    }

    @Test
    void nearMeasuresMetresNorthAndEastAlike() {
        RoadNetwork net = net();
        // 500 m north of the street's middle lies on the bridge: 400 m reaches only the bridge
        double lat = P.lat(500);
        double lon = P.lon(500);
        assertArrayEquals(new int[] {2, 3}, EdgeQueries.near(net, lon, lat, 400, null, false));
        assertArrayEquals(new int[] {0, 1, 2, 3}, EdgeQueries.near(net, lon, lat, 501, null, false));
        // 450 m east of the street's end: 440 m misses it, 460 m reaches it
        assertArrayEquals(new int[0], EdgeQueries.near(net, P.lon(1450), LAT, 440, null, false));
        assertArrayEquals(new int[] {0, 1}, EdgeQueries.near(net, P.lon(1450), LAT, 460, null, false));
    }

    @Test
    void nearFiltersByExactNameAndBridges() {
        RoadNetwork net = net();
        double lat = P.lat(250);
        double lon = P.lon(500);
        assertArrayEquals(new int[] {0, 1}, EdgeQueries.near(net, lon, lat, 300, "中山路", false));
        assertArrayEquals(new int[0], EdgeQueries.near(net, lon, lat, 300, "中山", false), "whole names only");
        assertArrayEquals(new int[] {2, 3}, EdgeQueries.near(net, lon, lat, 300, null, true));
    }

    @Test
    void inZoneTakesEdgesWithAnEndOrTheMiddleInsideAndCanExemptBridges() {
        RoadNetwork net = net();
        // a box around the middle of both roads (x 400..600 m, y -100..600 m): no end inside, both middles
        Polygon box = box(400, -100, 600, 600);
        assertArrayEquals(new int[] {0, 1, 2, 3}, EdgeQueries.inZone(net, box, false));
        assertArrayEquals(new int[] {0, 1}, EdgeQueries.inZone(net, box, true));
        // crosses the street between its end and its middle, touching neither: not taken (the documented rule)
        assertArrayEquals(new int[0], EdgeQueries.inZone(net, box(100, -100, 300, 100), false));
    }

    static Polygon box(double x0, double y0, double x1, double y1) {
        return RoadNetwork.geometryFactory().createPolygon(new Coordinate[] {
                new Coordinate(P.lon(x0), P.lat(y0)), new Coordinate(P.lon(x1), P.lat(y0)),
                new Coordinate(P.lon(x1), P.lat(y1)), new Coordinate(P.lon(x0), P.lat(y1)),
                new Coordinate(P.lon(x0), P.lat(y0))});
    }
}
