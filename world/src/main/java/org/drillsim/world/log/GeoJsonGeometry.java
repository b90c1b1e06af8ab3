package org.drillsim.world.log;

import java.util.ArrayList;
import java.util.List;
import org.drillsim.runformat.geo.GeoGeometry;
import org.drillsim.runformat.geo.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** JTS geometries (x = lon, y = lat) as the run format's GeoJSON geometries, for its one GeoJSON writer. */
public final class GeoJsonGeometry {
    private GeoJsonGeometry() {
    }

    /**
     * The geometry; a collection keeps its polygons as a MultiPolygon. Null when empty (nothing to draw, the
     * writer skips it).
     */
    public static GeoGeometry of(Geometry g) {
        if (g == null || g.isEmpty()) {
            return null;
        }
        if (g instanceof Point p) {
            return new GeoGeometry.Point(lonLat(p.getCoordinate()));
        }
        if (g instanceof LineString l) {
            return new GeoGeometry.LineString(lonLats(l.getCoordinates()));
        }
        if (g instanceof Polygon p) {
            return polygon(p);
        }
        List<GeoGeometry.Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                parts.add(polygon(p));
            }
        }
        return parts.isEmpty() ? null : new GeoGeometry.MultiPolygon(parts);
    }

    /** A point. */
    public static GeoGeometry.Point point(double lon, double lat) {
        return new GeoGeometry.Point(LonLat.of(lon, lat));
    }

    private static GeoGeometry.Polygon polygon(Polygon p) {
        List<List<LonLat>> rings = new ArrayList<>();
        rings.add(lonLats(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(lonLats(p.getInteriorRingN(i).getCoordinates()));
        }
        return new GeoGeometry.Polygon(rings);
    }

    private static List<LonLat> lonLats(Coordinate[] cs) {
        List<LonLat> out = new ArrayList<>(cs.length);
        for (Coordinate c : cs) {
            out.add(lonLat(c));
        }
        return out;
    }

    private static LonLat lonLat(Coordinate c) {
        return LonLat.of(c.x, c.y);
    }
}
