package org.drillsim.format.io;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a polygon ring given as [lon, lat] pairs and builds it as a JTS polygon. */
public final class PolygonCheck {
    private static final GeometryFactory GF = new GeometryFactory();

    private PolygonCheck() {
    }

    /** What is wrong with the ring (one line), or null when it is a valid simple polygon. */
    public static String problem(List<List<Double>> ring) {
        for (int i = 0; i < ring.size(); i++) {
            List<Double> pt = ring.get(i);
            if (pt.size() != 2) {
                return "point " + i + " has " + pt.size() + " numbers; expected [lon, lat]";
            }
            if (Math.abs(pt.get(0)) > 180 || Math.abs(pt.get(1)) > 90) {
                return "point " + i + " [" + pt.get(0) + ", " + pt.get(1) + "] is not a WGS84 position; expected [lon, lat] in degrees";
            }
        }
        Coordinate[] cs = closed(ring);
        if (cs.length < 4) {
            return "expected at least 3 distinct points, got " + Math.max(0, cs.length - 1);
        }
        Polygon poly = GF.createPolygon(cs);
        TopologyValidationError err = new IsValidOp(poly).getValidationError();
        if (err == null) {
            return null;
        }
        Coordinate c = err.getCoordinate();
        String what = err.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                || err.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION
                ? "self-intersecting polygon" : "invalid polygon (" + err.getMessage().toLowerCase(Locale.ROOT) + ")";
        return String.format(Locale.ROOT, "%s at [%.6f, %.6f]; expected a simple ring whose edges do not cross", what, c.x, c.y);
    }

    /** The ring as a JTS polygon (x = lon, y = lat); call {@link #problem} first. */
    public static Polygon toPolygon(List<List<Double>> ring) {
        return GF.createPolygon(closed(ring));
    }

    private static Coordinate[] closed(List<List<Double>> ring) {
        List<Coordinate> cs = new ArrayList<>();
        for (List<Double> pt : ring) {
            Coordinate c = new Coordinate(pt.get(0), pt.get(1));
            if (cs.isEmpty() || !cs.get(cs.size() - 1).equals2D(c)) {
                cs.add(c);
            }
        }
        if (!cs.isEmpty() && !cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(new Coordinate(cs.get(0)));
        }
        if (cs.size() < 4) {
            return cs.size() <= 1 ? new Coordinate[0] : cs.toArray(new Coordinate[0]);
        }
        return cs.toArray(new Coordinate[0]);
    }
}
