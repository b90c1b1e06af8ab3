package org.drillsim.runformat.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.drillsim.runformat.JsonText;

/**
 * The one GeoJSON writer (RFC 7946 FeatureCollection, WGS84 lon/lat) for the run directory's map layers, the
 * {@code hazard --geojson} snapshot, the proposed sites and the report's GeoJSON export. Output is deterministic
 * text: the collection's own members first, then one feature per line; numbers as in {@link JsonText} with
 * positions rounded to {@code decimals} places.
 *
 * <pre>{@code
 * String text = GeoJsonWriter.collection(6, false).feature(point, "id", "h1").toString();
 * }</pre>
 */
public final class GeoJsonWriter {
    private final StringBuilder sb = new StringBuilder(1 << 16);
    private final int decimals;
    private final double scale;
    private final boolean rightHandRings;
    private boolean membersOpen = true;
    private boolean firstFeature = true;

    private GeoJsonWriter(int decimals, boolean rightHandRings) {
        if (decimals < 0 || decimals > 9) {
            throw new IllegalArgumentException("decimals must be 0..9, got " + decimals);
        }
        this.decimals = decimals;
        this.scale = Math.pow(10, decimals);
        this.rightHandRings = rightHandRings;
        sb.append("{\"type\":\"FeatureCollection\"");
    }

    /**
     * A new collection.
     *
     * @param decimals       decimals kept in positions (6 ≈ 0.1 m, 7 ≈ 1 cm)
     * @param rightHandRings close every ring and orient it by the right-hand rule (outer counter-clockwise, holes
     *                       clockwise) as RFC 7946 recommends; false writes rings as given
     */
    public static GeoJsonWriter collection(int decimals, boolean rightHandRings) {
        return new GeoJsonWriter(decimals, rightHandRings);
    }

    /**
     * Adds a member of the collection itself ({@code name}, {@code attribution}, {@code bbox} …), before any feature.
     *
     * @param value a string, number, boolean, null, {@code double[]} or a map of such values
     */
    public GeoJsonWriter member(String name, Object value) {
        if (!membersOpen) {
            throw new IllegalStateException("collection member '" + name + "' after the first feature");
        }
        sb.append(',');
        JsonText.quote(sb, name);
        sb.append(':');
        if (value instanceof double[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                sb.append(i > 0 ? "," : "");
                JsonText.number(sb, Math.round(a[i] * scale) / scale, decimals);
            }
            sb.append(']');
        } else if (value instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                JsonText.quote(sb, e.getKey().toString());
                sb.append(':');
                value(e.getValue());
            }
            sb.append('}');
        } else {
            value(value);
        }
        return this;
    }

    /** Adds a feature. */
    public GeoJsonWriter feature(GeoFeature f) {
        return feature(f.geometry(), f.properties());
    }

    /**
     * Adds a feature; {@code props} are name, value pairs (string, number, boolean or null). A null geometry
     * (an empty footprint) adds nothing: there is nothing to draw.
     */
    public GeoJsonWriter feature(GeoGeometry g, Object... props) {
        if (g == null) {
            return this;
        }
        return feature(g, GeoFeature.of(g, props).properties());
    }

    /** Adds a feature with these properties, in their order. */
    public GeoJsonWriter feature(GeoGeometry g, Map<String, Object> props) {
        if (membersOpen) {
            sb.append(",\"features\":[");
            membersOpen = false;
        }
        sb.append(firstFeature ? "\n" : ",\n");
        firstFeature = false;
        sb.append("{\"type\":\"Feature\",\"geometry\":");
        geometry(g);
        sb.append(",\"properties\":{");
        boolean first = true;
        for (Map.Entry<String, Object> e : props.entrySet()) {
            sb.append(first ? "" : ",");
            first = false;
            JsonText.quote(sb, e.getKey());
            sb.append(':');
            value(e.getValue());
        }
        sb.append("}}");
        return this;
    }

    private void value(Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Number n) {
            JsonText.number(sb, n.doubleValue());
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else {
            JsonText.quote(sb, v.toString());
        }
    }

    private void geometry(GeoGeometry g) {
        if (g instanceof GeoGeometry.Point p) {
            sb.append("{\"type\":\"Point\",\"coordinates\":");
            position(p.at());
        } else if (g instanceof GeoGeometry.LineString l) {
            sb.append("{\"type\":\"LineString\",\"coordinates\":");
            positions(l.points());
        } else if (g instanceof GeoGeometry.Polygon p) {
            sb.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(p);
        } else if (g instanceof GeoGeometry.MultiPolygon mp) {
            sb.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < mp.polygons().size(); i++) {
                sb.append(i > 0 ? "," : "");
                polygon(mp.polygons().get(i));
            }
            sb.append(']');
        }
        sb.append('}');
    }

    private void polygon(GeoGeometry.Polygon p) {
        sb.append('[');
        for (int i = 0; i < p.rings().size(); i++) {
            sb.append(i > 0 ? "," : "");
            List<LonLat> ring = p.rings().get(i);
            positions(rightHandRings ? orientedClosedRing(ring, i == 0) : ring);
        }
        sb.append(']');
    }

    private void positions(List<LonLat> pts) {
        sb.append('[');
        for (int i = 0; i < pts.size(); i++) {
            sb.append(i > 0 ? "," : "");
            position(pts.get(i));
        }
        sb.append(']');
    }

    private void position(LonLat p) {
        sb.append('[');
        JsonText.number(sb, Math.round(p.lon() * scale) / scale, decimals);
        sb.append(',');
        JsonText.number(sb, Math.round(p.lat() * scale) / scale, decimals);
        sb.append(']');
    }

    /** The ring closed (first position repeated at the end), counter-clockwise if outer, clockwise if a hole. */
    public static List<LonLat> orientedClosedRing(List<LonLat> ring, boolean outer) {
        List<LonLat> closed = new ArrayList<>(ring);
        if (!closed.get(0).equals(closed.get(closed.size() - 1))) {
            closed.add(closed.get(0));
        }
        if (signedArea(closed) > 0 != outer) {
            Collections.reverse(closed);
        }
        return closed;
    }

    /** Twice the signed area by the shoelace formula: positive when counter-clockwise (lon east, lat north). */
    public static double signedArea(List<LonLat> closedRing) {
        double a = 0;
        for (int i = 0; i + 1 < closedRing.size(); i++) {
            LonLat p = closedRing.get(i);
            LonLat q = closedRing.get(i + 1);
            a += p.lon() * q.lat() - q.lon() * p.lat();
        }
        return a;
    }

    /** The finished text, ending with a newline. */
    @Override
    public String toString() {
        return sb + (membersOpen ? ",\"features\":[" : "") + "\n]}\n";
    }
}
