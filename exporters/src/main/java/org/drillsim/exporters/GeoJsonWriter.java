package org.drillsim.exporters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
 * Writes the report's map layers, through the run format's one GeoJSON writer, as one FeatureCollection
 * (RFC 7946) that QGIS opens:
 * WGS84 longitude / latitude, positions rounded to 1e-7° (about 1 cm), polygon rings closed with
 * the outer ring counter-clockwise and holes clockwise, a {@code bbox}, and on every feature its
 * {@code layer} id, layer title and the OpenStreetMap attribution.
 */
public final class GeoJsonWriter implements ReportWriter {
    /** Property names the writer sets on every feature. */
    static final List<String> RESERVED = List.of("layer", "layer_title", "attribution");

    @Override
    public void write(ReportDocument report, Language lang, OutputStream out) throws IOException {
        write(report.title().in(lang), report.geoLayers(), lang, out);
    }

    /** Writes the given layers as one collection named {@code name}. The stream is left open. */
    public void write(String name, List<GeoLayer> layers, Language lang, OutputStream out) throws IOException {
        org.drillsim.runformat.geo.GeoJsonWriter g = org.drillsim.runformat.geo.GeoJsonWriter.collection(7, true)
                .member("name", name).member("attribution", MapRenderer.OSM_ATTRIBUTION);
        double[] box = bbox(layers);
        if (box != null) {
            g.member("bbox", box);
        }
        for (GeoLayer layer : layers) {
            for (int i = 0; i < layer.features().size(); i++) {
                GeoFeature f = layer.features().get(i);
                g.feature(f.geometry(), properties(layer, f, i, lang));
            }
        }
        out.write(g.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The feature's properties between its layer id and title and the attribution QGIS shows. */
    private static Map<String, Object> properties(GeoLayer layer, GeoFeature f, int index, Language lang) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("layer", layer.id());
        props.put("layer_title", layer.title().in(lang));
        for (Map.Entry<String, Object> e : f.properties().entrySet()) {
            if (RESERVED.contains(e.getKey())) {
                throw new IllegalArgumentException("layer '" + layer.id() + "' feature " + (index + 1) + " uses the reserved property '"
                        + e.getKey() + "'");
            }
            if (e.getValue() instanceof Number n && !Double.isFinite(n.doubleValue())) {
                throw new IllegalArgumentException("layer '" + layer.id() + "' feature " + (index + 1) + " property '"
                        + e.getKey() + "' is not a finite number: " + n);
            }
            props.put(e.getKey(), e.getValue());
        }
        props.put("attribution", MapRenderer.OSM_ATTRIBUTION);
        return props;
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
