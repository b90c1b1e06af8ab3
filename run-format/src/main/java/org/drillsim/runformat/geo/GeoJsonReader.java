package org.drillsim.runformat.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946) into features: Point, LineString, Polygon,
 * MultiPolygon, and MultiLineString / MultiPoint split into their parts. Properties keep their
 * strings, numbers and booleans; nested objects and arrays are kept as JSON text.
 */
public final class GeoJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonReader() {
    }

    /**
     * The features of the file.
     *
     * @throws IOException naming the file and the feature when the content is not valid GeoJSON
     */
    public static List<GeoFeature> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        try {
            return features(root);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The features of a parsed FeatureCollection (or of a single Feature). */
    public static List<GeoFeature> features(JsonNode root) {
        List<GeoFeature> out = new ArrayList<>();
        String type = root.path("type").asText();
        if (type.equals("Feature")) {
            feature(root, 0, out);
        } else if (type.equals("FeatureCollection")) {
            JsonNode features = root.path("features");
            if (!features.isArray()) {
                throw new IllegalArgumentException("FeatureCollection without a 'features' array");
            }
            for (int i = 0; i < features.size(); i++) {
                feature(features.get(i), i, out);
            }
        } else {
            throw new IllegalArgumentException("expected a FeatureCollection or Feature, got type '" + type + "'");
        }
        return out;
    }

    private static void feature(JsonNode f, int index, List<GeoFeature> out) {
        JsonNode geom = f.path("geometry");
        if (geom.isNull() || geom.isMissingNode()) {
            return; // a feature without geometry has nothing to draw
        }
        Map<String, Object> props = properties(f.path("properties"));
        try {
            for (GeoGeometry g : geometries(geom)) {
                out.add(new GeoFeature(g, props));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("feature " + (index + 1) + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> properties(JsonNode p) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (!p.isObject()) {
            return props;
        }
        Iterator<Map.Entry<String, JsonNode>> it = p.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            Object value;
            if (v.isNull()) {
                value = null;
            } else if (v.isIntegralNumber()) {
                value = v.asLong();
            } else if (v.isNumber()) {
                value = v.asDouble();
            } else if (v.isBoolean()) {
                value = v.asBoolean();
            } else if (v.isTextual()) {
                value = v.asText();
            } else {
                value = v.toString();
            }
            props.put(e.getKey(), value);
        }
        return props;
    }

    private static List<GeoGeometry> geometries(JsonNode g) {
        String type = g.path("type").asText();
        JsonNode c = g.path("coordinates");
        List<GeoGeometry> out = new ArrayList<>();
        switch (type) {
            case "Point" -> out.add(new GeoGeometry.Point(position(c)));
            case "MultiPoint" -> c.forEach(p -> out.add(new GeoGeometry.Point(position(p))));
            case "LineString" -> out.add(new GeoGeometry.LineString(positions(c)));
            case "MultiLineString" -> c.forEach(l -> out.add(new GeoGeometry.LineString(positions(l))));
            case "Polygon" -> out.add(polygon(c));
            case "MultiPolygon" -> {
                List<GeoGeometry.Polygon> parts = new ArrayList<>();
                c.forEach(p -> parts.add(polygon(p)));
                out.add(new GeoGeometry.MultiPolygon(parts));
            }
            case "GeometryCollection" -> g.path("geometries").forEach(x -> out.addAll(geometries(x)));
            default -> throw new IllegalArgumentException("unsupported geometry type '" + type + "'");
        }
        return out;
    }

    private static GeoGeometry.Polygon polygon(JsonNode rings) {
        List<List<LonLat>> out = new ArrayList<>();
        rings.forEach(r -> out.add(positions(r)));
        return new GeoGeometry.Polygon(out);
    }

    private static List<LonLat> positions(JsonNode arr) {
        if (!arr.isArray()) {
            throw new IllegalArgumentException("expected an array of positions");
        }
        List<LonLat> out = new ArrayList<>(arr.size());
        arr.forEach(p -> out.add(position(p)));
        return out;
    }

    private static LonLat position(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException("expected a position [lon, lat], got " + p);
        }
        return LonLat.of(p.get(0).asDouble(), p.get(1).asDouble());
    }
}
