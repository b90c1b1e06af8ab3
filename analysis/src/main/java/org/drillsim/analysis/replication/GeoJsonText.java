package org.drillsim.analysis.replication;

import org.drillsim.world.log.Json;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Builds an RFC 7946 FeatureCollection as text (lon/lat, 6 decimals, rings closed as JTS keeps them). */
final class GeoJsonText {
    private final StringBuilder sb = new StringBuilder(1 << 16);
    private boolean firstFeature = true;

    GeoJsonText() {
        sb.append("{\"type\":\"FeatureCollection\",\"features\":[");
    }

    /** Adds a feature; {@code props} are key, value pairs (String, Number, Boolean or null). */
    GeoJsonText feature(Geometry g, Object... props) {
        if (g == null || g.isEmpty()) {
            return this;
        }
        sb.append(firstFeature ? "\n" : ",\n");
        firstFeature = false;
        sb.append("{\"type\":\"Feature\",\"geometry\":");
        geometry(g);
        sb.append(",\"properties\":{");
        for (int i = 0; i + 1 < props.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            Json.quote(sb, (String) props[i]);
            sb.append(':');
            Object v = props[i + 1];
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Number n) {
                Json.number(sb, n.doubleValue());
            } else if (v instanceof Boolean b) {
                sb.append(b);
            } else {
                Json.quote(sb, v.toString());
            }
        }
        sb.append("}}");
        return this;
    }

    private void geometry(Geometry g) {
        if (g instanceof Point p) {
            sb.append("{\"type\":\"Point\",\"coordinates\":");
            coord(p.getCoordinate());
            sb.append('}');
        } else if (g instanceof LineString l) {
            sb.append("{\"type\":\"LineString\",\"coordinates\":");
            coords(l.getCoordinates());
            sb.append('}');
        } else if (g instanceof Polygon p) {
            sb.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(p);
            sb.append('}');
        } else if (g instanceof MultiPolygon mp) {
            sb.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                polygon((Polygon) mp.getGeometryN(i));
            }
            sb.append("]}");
        } else {
            // collections: keep their polygons
            sb.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            boolean first = true;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    polygon(p);
                }
            }
            sb.append("]}");
        }
    }

    private void polygon(Polygon p) {
        sb.append('[');
        coords(p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            sb.append(',');
            coords(p.getInteriorRingN(i).getCoordinates());
        }
        sb.append(']');
    }

    private void coords(Coordinate[] cs) {
        sb.append('[');
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            coord(cs[i]);
        }
        sb.append(']');
    }

    private void coord(Coordinate c) {
        sb.append('[').append(round(c.x)).append(',').append(round(c.y)).append(']');
    }

    private static String round(double v) {
        return Json.number(Math.round(v * 1e6) / 1e6);
    }

    @Override
    public String toString() {
        return sb + "\n]}\n";
    }
}
