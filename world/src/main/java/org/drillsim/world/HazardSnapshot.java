package org.drillsim.world;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardZone;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.Inject;
import org.drillsim.format.model.InjectEffect;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.geodata.ResolvedFacilities;
import org.drillsim.runformat.geo.GeoJsonWriter;
import org.drillsim.world.log.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the map looks like at one simulated time: every hazard's footprint, the facilities, and the
 * roads closed by the hazards (zones whose road effect is closed; bridges exempt from flood closure,
 * as the hazard note says) and by the injects up to that time. A static picture for a GIS — the
 * response model's own road state during a run also includes repairs and commands.
 *
 * @param scenario    the scenario
 * @param timeMs      simulated time, ms
 * @param footprints  one footprint per hazard
 * @param facilities  resolved facilities
 * @param closedEdges closed directed edge ids → reason, ascending
 * @param network     the road network
 * @param attribution data attribution (OSM) to show with the map
 */
public record HazardSnapshot(Scenario scenario, long timeMs, List<HazardFootprint> footprints,
                             ResolvedFacilities facilities, Map<Integer, String> closedEdges, RoadNetwork network,
                             String attribution) {

    /** Computes the snapshot. */
    public static HazardSnapshot at(Scenario s, long timeMs, List<Hazard> hazards, ResolvedFacilities facilities,
                                    RoadNetwork net, OsmLayers layers) {
        List<HazardFootprint> fps = new ArrayList<>();
        Map<Integer, String> closed = new TreeMap<>();
        for (Hazard h : hazards) {
            HazardFootprint fp = h.footprintAt(timeMs);
            fps.add(fp);
            for (HazardZone z : fp.zones()) {
                if (z.roadEffect().closed() || z.roadEffect().closedToPublic()) {
                    closeIntersecting(net, z.polygon(), h.kind() == HazardKind.FLOOD, h.id() + " " + z.level(), closed);
                }
            }
        }
        for (Inject in : s.injects()) {
            if (in.atMinutes() * 60_000 > timeMs) {
                continue;
            }
            for (InjectEffect e : in.effects()) {
                if (e instanceof InjectEffect.CloseRoad c && (c.durationMinutes() == null
                        || (in.atMinutes() + c.durationMinutes()) * 60_000 > timeMs)) {
                    closeNear(net, c.near(), c.radiusM(), c.roadName(), c.bridgesOnly(), "inject " + in.id(), closed);
                }
            }
        }
        String attribution = layers != null ? OsmLayers.ATTRIBUTION : net.source();
        return new HazardSnapshot(s, timeMs, fps, facilities, closed, net, attribution);
    }

    private static void closeIntersecting(RoadNetwork net, Geometry zone, boolean exemptBridges, String reason,
                                          Map<Integer, String> closed) {
        PreparedGeometry pg = PreparedGeometryFactory.prepare(zone);
        for (Object o : net.edgeIndex().query(zone.getEnvelopeInternal())) {
            int e = ((Number) o).intValue();
            if (exemptBridges && net.isBridge(e)) {
                continue;
            }
            if (!closed.containsKey(e) && pg.intersects(net.geometry(e))) {
                closed.put(e, reason);
            }
        }
    }

    private static void closeNear(RoadNetwork net, GeoPoint p, double radiusM, String roadName, boolean bridgesOnly,
                                  String reason, Map<Integer, String> closed) {
        double dLat = radiusM / 111_195.0;
        double dLon = dLat / Math.cos(Math.toRadians(p.lat()));
        Envelope env = new Envelope(p.lon() - dLon, p.lon() + dLon, p.lat() - dLat, p.lat() + dLat);
        Point pt = RoadNetwork.geometryFactory().createPoint(new Coordinate(p.lon(), p.lat()));
        for (Object o : net.edgeIndex().query(env)) {
            int e = ((Number) o).intValue();
            if (bridgesOnly && !net.isBridge(e)) {
                continue;
            }
            if (roadName != null && !net.name(e).contains(roadName)) {
                continue;
            }
            LineString g = net.geometry(e);
            double distDeg = g.distance(pt);
            if (distDeg <= dLat) {
                closed.putIfAbsent(e, reason);
            }
        }
    }

    /**
     * The snapshot as a GeoJSON FeatureCollection (RFC 7946, lon/lat to 1e-7°, right-hand rings), layers told
     * apart by {@code layer}; written by the run format's one GeoJSON writer.
     */
    public String toGeoJson() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("scenario", scenario.id());
        meta.put("name", scenario.name().both());
        meta.put("timeMs", timeMs);
        meta.put("time", tPlus(timeMs));
        meta.put("attribution", attribution);
        GeoJsonWriter g = GeoJsonWriter.collection(7, true).member("properties", meta);
        for (HazardFootprint fp : footprints) {
            for (HazardZone z : fp.zones()) {
                g.feature(GeoJsonGeometry.of(z.polygon()), "layer", "hazard", "hazard", fp.hazardId(), "kind", z.kind().id(),
                        "level", z.level(), "intensity", z.intensity(), "unit", z.unit());
            }
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        facilities.hospitals().forEach(h -> kinds.put(h.id(), "hospital"));
        facilities.fireStations().forEach(h -> kinds.put(h.id(), "fire-station"));
        facilities.policeStations().forEach(h -> kinds.put(h.id(), "police-station"));
        facilities.depots().forEach(h -> kinds.put(h.id(), "depot"));
        facilities.shelters().forEach(h -> kinds.put(h.id(), "shelter"));
        facilities.helicopterBases().forEach(h -> kinds.put(h.id(), "helicopter-base"));
        Map<String, Long> capacity = new LinkedHashMap<>();
        facilities.hospitals().forEach(h -> capacity.put(h.id(), (long) h.beds() + h.surgeBeds()));
        facilities.shelters().forEach(h -> capacity.put(h.id(), h.capacityPeople()));
        Map<String, String> names = new LinkedHashMap<>();
        facilities.hospitals().forEach(h -> names.put(h.id(), h.name().both()));
        facilities.fireStations().forEach(h -> names.put(h.id(), h.name().both()));
        facilities.policeStations().forEach(h -> names.put(h.id(), h.name().both()));
        facilities.depots().forEach(h -> names.put(h.id(), h.name().both()));
        facilities.shelters().forEach(h -> names.put(h.id(), h.name().both()));
        facilities.helicopterBases().forEach(h -> names.put(h.id(), h.name().both()));
        facilities.locations().forEach((id, loc) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("layer", "facility");
            p.put("kind", kinds.get(id));
            p.put("id", id);
            p.put("name", names.get(id));
            if (capacity.containsKey(id)) {
                p.put("capacity", capacity.get(id));
            }
            g.feature(GeoJsonGeometry.point(loc.lon(), loc.lat()), p);
        });
        closedEdges.forEach((e, reason) -> g.feature(GeoJsonGeometry.of(network.geometry(e)), "layer", "closed-road",
                "edge", e, "name", network.name(e), "bridge", network.isBridge(e), "reason", reason));
        return g.toString();
    }

    /** Writes the GeoJSON atomically (temporary file, then move). */
    public void writeGeoJson(Path file) throws IOException {
        String text = toGeoJson();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Total shelter capacity, for summaries. */
    public long shelterCapacity() {
        return facilities.shelters().stream().mapToLong(Shelter::capacityPeople).sum();
    }

    /** {@code T+hh:mm}. */
    public static String tPlus(long ms) {
        long minutes = ms / 60_000;
        return String.format("T+%02d:%02d", minutes / 60, minutes % 60);
    }
}
