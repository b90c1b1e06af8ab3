package org.drillsim.routing;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Snaps points (lat, lon) to the nearest road, through a JTS STRtree over the road geometries in a
 * local metric projection (equirectangular around the network's centre; accurate to well under 1 %
 * at city scale). Build once per network; {@link #snap} is thread-safe.
 */
public final class Snapper {
    /** Default maximum distance from a point to a road: 1 km. */
    public static final double DEFAULT_MAX_DISTANCE_M = 1000;

    private final RoadNetwork net;
    private final double maxDistanceM;
    private final double lat0;
    private final double lon0;
    private final double mLat;
    private final double mLon;
    private final GeometryFactory factory = new GeometryFactory();
    private final STRtree index = new STRtree();

    public Snapper(RoadNetwork network) {
        this(network, DEFAULT_MAX_DISTANCE_M);
    }

    /** A snapper that rejects points farther than {@code maxDistanceM} metres from any road. */
    public Snapper(RoadNetwork network, double maxDistanceM) {
        if (!(maxDistanceM > 0)) throw new IllegalArgumentException("maximum snap distance must be positive, got " + maxDistanceM);
        if (network.edgeCount() == 0) throw new IllegalArgumentException("cannot snap to a network without edges");
        this.net = network;
        this.maxDistanceM = maxDistanceM;
        var bounds = network.bounds();
        lat0 = bounds.centre().y;
        lon0 = bounds.centre().x;
        mLat = Geo.metresPerDegreeLat();
        mLon = Geo.metresPerDegreeLon(lat0);
        boolean[] seenRoad = new boolean[maxRoad(network) + 1];
        for (int e = 0; e < network.edgeCount(); e++) {
            int road = network.roadId(e);
            if (seenRoad[road]) continue;
            seenRoad[road] = true;
            LineString line = project(network.geometry(e));
            line.setUserData(e);
            index.insert(line.getEnvelopeInternal(), line);
        }
        index.build();
    }

    private static int maxRoad(RoadNetwork network) {
        int max = 0;
        for (int e = 0; e < network.edgeCount(); e++) max = Math.max(max, network.roadId(e));
        return max;
    }

    public double maxDistanceM() {
        return maxDistanceM;
    }

    /** Snaps a point; throws when no road lies within the maximum distance. */
    public Snap snap(double lat, double lon) {
        return snap("(" + lat + ", " + lon + ")", lat, lon);
    }

    /**
     * Snaps a named point (the label appears in the error, e.g. a hospital's name).
     *
     * @throws IllegalArgumentException naming the point when it is farther than the maximum distance from any road
     */
    public Snap snap(String label, double lat, double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon)) throw new IllegalArgumentException("点 / point " + label + ": invalid coordinate");
        Point p = factory.createPoint(new Coordinate((lon - lon0) * mLon, (lat - lat0) * mLat));
        Object nearest = index.nearestNeighbour(p.getEnvelopeInternal(), p,
                (a, b) -> ((Geometry) a.getItem()).distance((Geometry) b.getItem()));
        LineString line = (LineString) nearest;
        double d = line.distance(p);
        if (d > maxDistanceM) {
            throw new IllegalArgumentException(String.format("点 / point %s (%.6f, %.6f) 距最近道路 %.0f 米 / is %.0f m from the nearest road (limit %.0f m)",
                    label, lat, lon, d, d, maxDistanceM));
        }
        int edge = (Integer) line.getUserData();
        int a = net.edgeFrom(edge);
        int b = net.edgeTo(edge);
        double da = Geo.distanceM(lat, lon, net.lat(a), net.lon(a));
        double db = Geo.distanceM(lat, lon, net.lat(b), net.lon(b));
        return new Snap(lat, lon, edge, da <= db ? a : b, d);
    }

    private LineString project(LineString wgs) {
        Coordinate[] cs = wgs.getCoordinates();
        Coordinate[] out = new Coordinate[cs.length];
        for (int i = 0; i < cs.length; i++) out[i] = new Coordinate((cs[i].x - lon0) * mLon, (cs[i].y - lat0) * mLat);
        return factory.createLineString(out);
    }
}
