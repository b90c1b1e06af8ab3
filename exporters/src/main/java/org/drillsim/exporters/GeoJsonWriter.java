package org.drillsim.exporters;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.runformat.geo.GeoFeature;
import org.drillsim.runformat.geo.GeoGeometry;
import org.drillsim.exporters.geo.GeoLayer;
import org.drillsim.runformat.geo.LonLat;
import org.drillsim.exporters.svg.MapRenderer;

/**
 * Writes the report's map layers as one GeoJSON FeatureCollection (RFC 7946) that QGIS opens:
 * WGS84 longitude / latitude, positions rounded to 1e-7° (about 1 cm), polygon rings closed with
 * the outer ring counter-clockwise and holes clockwise, a {@code bbox}, and on every feature its
 * {@code layer} id, layer title and the OpenStreetMap attribution.
 */
public final class GeoJsonWriter implements ReportWriter {
    /** Property names the writer sets on every feature. */
    static final List<String> RESERVED = List.of("layer", "layer_title", "attribution");
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(ReportDocument report, Language lang, OutputStream out) throws IOException {
        write(report.title().in(lang), report.geoLayers(), lang, out);
    }

    /** Writes the given layers as one collection named {@code name}. The stream is left open. */
    public void write(String name, List<GeoLayer> layers, Language lang, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("name", name);
            g.writeStringField("attribution", MapRenderer.OSM_ATTRIBUTION);
            double[] box = bbox(layers);
            if (box != null) {
                g.writeArrayFieldStart("bbox");
                for (double v : box) {
                    g.writeNumber(round(v));
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("features");
            for (GeoLayer layer : layers) {
                for (int i = 0; i < layer.features().size(); i++) {
                    feature(g, layer, layer.features().get(i), i, lang);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void feature(JsonGenerator g, GeoLayer layer, GeoFeature f, int index, Language lang) throws IOException {
        for (String reserved : RESERVED) {
            if (f.properties().containsKey(reserved)) {
                throw new IllegalArgumentException("layer '" + layer.id() + "' feature " + (index + 1) + " uses the reserved property '"
                        + reserved + "'");
            }
        }
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeFieldName("geometry");
        geometry(g, f.geometry());
        g.writeObjectFieldStart("properties");
        g.writeStringField("layer", layer.id());
        g.writeStringField("layer_title", layer.title().in(lang));
        for (Map.Entry<String, Object> e : f.properties().entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                g.writeNullField(e.getKey());
            } else if (v instanceof Number n) {
                if (!Double.isFinite(n.doubleValue())) {
                    throw new IllegalArgumentException("layer '" + layer.id() + "' feature " + (index + 1) + " property '"
                            + e.getKey() + "' is not a finite number: " + n);
                }
                g.writeFieldName(e.getKey());
                if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                    g.writeNumber(n.longValue());
                } else {
                    g.writeNumber(n.doubleValue());
                }
            } else if (v instanceof Boolean b) {
                g.writeBooleanField(e.getKey(), b);
            } else {
                g.writeStringField(e.getKey(), v.toString());
            }
        }
        g.writeStringField("attribution", MapRenderer.OSM_ATTRIBUTION);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void geometry(JsonGenerator g, GeoGeometry geom) throws IOException {
        g.writeStartObject();
        if (geom instanceof GeoGeometry.Point p) {
            g.writeStringField("type", "Point");
            g.writeFieldName("coordinates");
            position(g, p.at());
        } else if (geom instanceof GeoGeometry.LineString l) {
            g.writeStringField("type", "LineString");
            g.writeFieldName("coordinates");
            positions(g, l.points());
        } else if (geom instanceof GeoGeometry.Polygon p) {
            g.writeStringField("type", "Polygon");
            g.writeFieldName("coordinates");
            polygon(g, p);
        } else if (geom instanceof GeoGeometry.MultiPolygon m) {
            g.writeStringField("type", "MultiPolygon");
            g.writeArrayFieldStart("coordinates");
            for (GeoGeometry.Polygon p : m.polygons()) {
                polygon(g, p);
            }
            g.writeEndArray();
        } else {
            throw new IllegalStateException("unknown geometry " + geom.getClass());
        }
        g.writeEndObject();
    }

    private static void polygon(JsonGenerator g, GeoGeometry.Polygon p) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < p.rings().size(); i++) {
            positions(g, orientedClosedRing(p.rings().get(i), i == 0));
        }
        g.writeEndArray();
    }

    /** The ring closed (first position repeated at the end), counter-clockwise if outer, clockwise if a hole. */
    static List<LonLat> orientedClosedRing(List<LonLat> ring, boolean outer) {
        List<LonLat> closed = new ArrayList<>(ring);
        if (!closed.get(0).equals(closed.get(closed.size() - 1))) {
            closed.add(closed.get(0));
        }
        boolean ccw = signedArea(closed) > 0;
        if (ccw != outer) {
            java.util.Collections.reverse(closed);
        }
        return closed;
    }

    /** Twice the signed area by the shoelace formula: positive when counter-clockwise (lon east, lat north). */
    static double signedArea(List<LonLat> closedRing) {
        double a = 0;
        for (int i = 0; i + 1 < closedRing.size(); i++) {
            LonLat p = closedRing.get(i);
            LonLat q = closedRing.get(i + 1);
            a += p.lon() * q.lat() - q.lon() * p.lat();
        }
        return a;
    }

    private static void positions(JsonGenerator g, List<LonLat> pts) throws IOException {
        g.writeStartArray();
        for (LonLat p : pts) {
            position(g, p);
        }
        g.writeEndArray();
    }

    private static void position(JsonGenerator g, LonLat p) throws IOException {
        g.writeStartArray();
        g.writeNumber(round(p.lon()));
        g.writeNumber(round(p.lat()));
        g.writeEndArray();
    }

    private static double round(double deg) {
        return Math.round(deg * 1e7) / 1e7;
    }

    private static double[] bbox(List<GeoLayer> layers) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        boolean any = false;
        for (GeoLayer l : layers) {
            for (GeoFeature f : l.features()) {
                for (LonLat p : positionsOf(f.geometry())) {
                    box[0] = Math.min(box[0], p.lon());
                    box[1] = Math.min(box[1], p.lat());
                    box[2] = Math.max(box[2], p.lon());
                    box[3] = Math.max(box[3], p.lat());
                    any = true;
                }
            }
        }
        return any ? box : null;
    }

    private static List<LonLat> positionsOf(GeoGeometry geom) {
        if (geom instanceof GeoGeometry.Point p) {
            return List.of(p.at());
        } else if (geom instanceof GeoGeometry.LineString l) {
            return l.points();
        } else if (geom instanceof GeoGeometry.Polygon p) {
            return p.rings().get(0);
        } else if (geom instanceof GeoGeometry.MultiPolygon m) {
            return m.polygons().stream().flatMap(p -> p.rings().get(0).stream()).toList();
        }
        throw new IllegalStateException("unknown geometry " + geom.getClass());
    }
}
