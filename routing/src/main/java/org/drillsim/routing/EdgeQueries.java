package org.drillsim.routing;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.linearref.LengthIndexedLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one answer to "which road edges does this closure or hazard zone touch?", shared by the run (hazard
 * timeline, injects, close-road commands), the {@code hazard} map and {@code validate}. Two copies of these
 * rules once disagreed (an 800 m closure: 69 edges in the run, 16 on the map).
 */
public final class EdgeQueries {
    private EdgeQueries() {
    }

    /**
     * Directed edges whose geometry passes within {@code radiusM} metres of a point (distance in a local
     * equirectangular projection around the point, {@link LocalProjection}), ascending.
     *
     * @param roadName    only edges with exactly this name, or null for any
     * @param bridgesOnly only bridge edges
     */
    public static int[] near(RoadNetwork net, double lon, double lat, double radiusM, String roadName,
                             boolean bridgesOnly) {
        LocalProjection p = new LocalProjection(lon, lat);
        double dLat = p.lat(radiusM) - lat;
        double dLon = p.lon(radiusM) - lon;
        Envelope env = new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
        List<Integer> hits = new ArrayList<>();
        for (Object o : net.edgeIndex().query(env)) {
            int e = (Integer) o;
            if (roadName != null && !roadName.equals(net.name(e))) {
                continue;
            }
            if (bridgesOnly && !net.isBridge(e)) {
                continue;
            }
            if (distanceM(p, net.geometry(e)) <= radiusM) {
                hits.add(e);
            }
        }
        int[] out = hits.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }

    /** Distance in metres from the projection's origin to a lon/lat line. */
    private static double distanceM(LocalProjection p, LineString line) {
        Coordinate[] cs = line.getCoordinates();
        double best = Double.POSITIVE_INFINITY;
        double ax = p.x(cs[0].x);
        double ay = p.y(cs[0].y);
        if (cs.length == 1) {
            return Math.hypot(ax, ay);
        }
        for (int i = 1; i < cs.length; i++) {
            double bx = p.x(cs[i].x);
            double by = p.y(cs[i].y);
            double dx = bx - ax;
            double dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
            best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
            ax = bx;
            ay = by;
        }
        return best;
    }

    /**
     * Directed edges a zone (lon/lat polygon) touches: either end or the middle of the edge lies in it, ascending.
     * A point test is much cheaper than a full intersection and misses only edges that cross a zone without
     * either end or the middle in it.
     *
     * @param exemptBridges skip bridge edges (flood: the deck is above the water; the flood model has no elevations)
     */
    public static int[] inZone(RoadNetwork net, Geometry zone, boolean exemptBridges) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(zone);
        GeometryFactory gf = RoadNetwork.geometryFactory();
        List<Integer> hits = new ArrayList<>();
        for (Object o : net.edgeIndex().query(zone.getEnvelopeInternal())) {
            int e = (Integer) o;
            if (exemptBridges && net.isBridge(e)) {
                continue;
            }
            if (touches(prepared, net, e, gf)) {
                hits.add(e);
            }
        }
        int[] out = hits.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }

    private static boolean touches(PreparedGeometry zone, RoadNetwork net, int e, GeometryFactory gf) {
        if (zone.contains(gf.createPoint(new Coordinate(net.lon(net.edgeFrom(e)), net.lat(net.edgeFrom(e)))))
                || zone.contains(gf.createPoint(new Coordinate(net.lon(net.edgeTo(e)), net.lat(net.edgeTo(e)))))) {
            return true;
        }
        LineString line = net.geometry(e);
        Coordinate mid = new LengthIndexedLine(line).extractPoint(line.getLength() / 2);
        return zone.contains(gf.createPoint(mid));
    }
}
