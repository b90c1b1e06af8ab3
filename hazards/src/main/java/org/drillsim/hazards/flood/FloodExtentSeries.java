package org.drillsim.hazards.flood;

import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.Check;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.Hazard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * A flood given as a time series of extents, e.g. exported from a hydraulic model (HEC-RAS, LISFLOOD-FP)
 * as GeoJSON: a FeatureCollection whose features are Polygons or MultiPolygons (WGS84 lon/lat) with
 * properties
 * <ul>
 *   <li>{@code timeMinutes} — number, minutes from scenario start, or {@code time} — an ISO-8601
 *       duration from scenario start such as {@code "PT6H30M"};</li>
 *   <li>{@code depthM} — the water depth the polygon stands for, m (e.g. the lower bound of a depth
 *       class; a polygon per depth class and time).</li>
 * </ul>
 * A feature with a null geometry marks a time at which there is no water (e.g. the end of the flood).
 * Between the given times the extents are not interpolated geometrically: {@link Mode#STEP} holds the
 * last extent (the honest choice for model output snapshots), {@link Mode#NEAREST} takes the nearest
 * one in time. Before the first time the footprint is empty; after the last one the last extent holds.
 */
public final class FloodExtentSeries implements Hazard {

    /** How to fill the time between snapshots. */
    public enum Mode {
        /** Hold the latest snapshot at or before t. */
        STEP,
        /** Take the snapshot nearest to t (the earlier one on a tie). */
        NEAREST
    }

    private static final GeometryFactory GF = new GeometryFactory();

    private final String id;
    private final Mode mode;
    private final long[] times;
    private final List<List<HazardZone>> frames;

    private FloodExtentSeries(String id, Mode mode, TreeMap<Long, List<HazardZone>> byTime) {
        this.id = id;
        this.mode = mode;
        this.times = new long[byTime.size()];
        this.frames = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Long, List<HazardZone>> e : byTime.entrySet()) {
            times[i++] = e.getKey();
            frames.add(List.copyOf(e.getValue()));
        }
    }

    /**
     * Reads a GeoJSON FeatureCollection.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the file and feature when the content is not as described
     */
    public static FloodExtentSeries readGeoJson(Path file, String id, Mode mode) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // the location only: the parser's message quotes the file's content, which an error must never echo
            var at = e.getLocation();
            throw new IllegalArgumentException(file + ": not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + "; expected a GeoJSON FeatureCollection", e);
        }
        return fromGeoJson(root, file.toString(), id, mode);
    }

    /** Builds the series from a parsed GeoJSON tree; {@code source} names it in error messages. */
    public static FloodExtentSeries fromGeoJson(JsonNode root, String source, String id, Mode mode) {
        Check.id("flood extents id", id);
        if (mode == null) {
            throw new IllegalArgumentException("flood extents " + id + ": mode must be STEP or NEAREST");
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new IllegalArgumentException(source + ": expected a GeoJSON FeatureCollection");
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            throw new IllegalArgumentException(source + ": features: expected at least one feature");
        }
        TreeMap<Long, Map<Double, List<Geometry>>> raw = new TreeMap<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            String where = source + ": features[" + i + "]";
            long t = timeOf(f.path("properties"), where);
            Map<Double, List<Geometry>> frame = raw.computeIfAbsent(t, k -> new TreeMap<>());
            JsonNode geom = f.path("geometry");
            if (geom.isNull() || geom.isMissingNode()) {
                continue;
            }
            JsonNode depthNode = f.path("properties").path("depthM");
            if (!depthNode.isNumber() || !(depthNode.asDouble() > 0)) {
                throw new IllegalArgumentException(where + ".properties.depthM: expected a number > 0");
            }
            frame.computeIfAbsent(depthNode.asDouble(), k -> new ArrayList<>()).add(geometry(geom, where + ".geometry"));
        }
        TreeMap<Long, List<HazardZone>> byTime = new TreeMap<>();
        for (Map.Entry<Long, Map<Double, List<Geometry>>> e : raw.entrySet()) {
            List<HazardZone> zones = new ArrayList<>();
            for (Map.Entry<Double, List<Geometry>> d : e.getValue().entrySet()) {
                Geometry area = UnaryUnionOp.union(d.getValue());
                if (!area.isEmpty()) {
                    zones.add(new HazardZone(HazardKind.FLOOD, String.format(Locale.ROOT, "depth>=%.2fm", d.getKey()),
                            d.getKey(), "m", area));
                }
            }
            byTime.put(e.getKey(), zones);
        }
        return new FloodExtentSeries(id, mode, byTime);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public HazardKind kind() {
        return HazardKind.FLOOD;
    }

    /** The snapshot times, ms from scenario start, ascending. */
    public long[] timesMs() {
        return times.clone();
    }

    @Override
    public HazardFootprint footprintAt(long tMs) {
        Check.time("t", tMs);
        int idx = frameIndex(tMs);
        return idx < 0 ? HazardFootprint.empty(id, kind(), tMs) : new HazardFootprint(id, kind(), tMs, frames.get(idx));
    }

    private int frameIndex(long t) {
        int lastAtOrBefore = -1;
        for (int i = 0; i < times.length && times[i] <= t; i++) {
            lastAtOrBefore = i;
        }
        if (mode == Mode.STEP) {
            return lastAtOrBefore;
        }
        int next = lastAtOrBefore + 1;
        if (lastAtOrBefore < 0) {
            return 0;
        }
        if (next < times.length && times[next] - t < t - times[lastAtOrBefore]) {
            return next;
        }
        return lastAtOrBefore;
    }

    private static long timeOf(JsonNode props, String where) {
        JsonNode minutes = props.path("timeMinutes");
        if (minutes.isNumber()) {
            double m = minutes.asDouble();
            if (!(m >= 0)) {
                throw new IllegalArgumentException(where + ".properties.timeMinutes: expected a number >= 0, got " + m);
            }
            return Math.round(m * 60_000.0);
        }
        JsonNode iso = props.path("time");
        if (iso.isTextual()) {
            try {
                Duration d = Duration.parse(iso.asText());
                if (d.isNegative()) {
                    throw new IllegalArgumentException(where + ".properties.time: expected a non-negative duration");
                }
                return d.toMillis();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + ".properties.time: expected an ISO-8601 duration such as"
                        + " PT6H, got '" + iso.asText() + "'");
            }
        }
        throw new IllegalArgumentException(where + ".properties: expected timeMinutes (number) or time (ISO-8601 duration)");
    }

    private static Geometry geometry(JsonNode g, String where) {
        String type = g.path("type").asText();
        JsonNode coords = g.path("coordinates");
        Geometry out = switch (type) {
            case "Polygon" -> polygon(coords, where);
            case "MultiPolygon" -> {
                if (!coords.isArray() || coords.isEmpty()) {
                    throw new IllegalArgumentException(where + ".coordinates: expected an array of polygons");
                }
                Polygon[] ps = new Polygon[coords.size()];
                for (int i = 0; i < coords.size(); i++) {
                    ps[i] = polygon(coords.get(i), where + ".coordinates[" + i + "]");
                }
                yield GF.createMultiPolygon(ps);
            }
            default -> throw new IllegalArgumentException(where + ".type: expected Polygon or MultiPolygon, got '" + type + "'");
        };
        return out.isValid() ? out : out.buffer(0);
    }

    private static Polygon polygon(JsonNode rings, String where) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException(where + ": expected an array of linear rings");
        }
        LinearRing shell = ring(rings.get(0), where + "[0]");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), where + "[" + i + "]");
        }
        return GF.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode pts, String where) {
        if (!pts.isArray() || pts.size() < 4) {
            throw new IllegalArgumentException(where + ": expected a closed ring of at least 4 positions");
        }
        Coordinate[] cs = new Coordinate[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            JsonNode p = pts.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new IllegalArgumentException(where + "[" + i + "]: expected [lon, lat]");
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new IllegalArgumentException(where + "[" + i + "]: lon/lat out of range: " + lon + ", " + lat);
            }
            cs[i] = new Coordinate(lon, lat);
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw new IllegalArgumentException(where + ": ring is not closed (first and last positions differ)");
        }
        return GF.createLinearRing(cs);
    }
}
