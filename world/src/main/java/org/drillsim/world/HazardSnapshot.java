package org.drillsim.world;

import org.drillsim.routing.EdgeQueries;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardZone;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.geodata.ResolvedFacilities;
import org.drillsim.runformat.geo.GeoJsonWriter;
import org.drillsim.world.log.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the map looks like at one simulated time, as the run plays it: every hazard's footprint, the facilities,
 * and the roads closed by the hazards and by the scripted injects. Read from the site's {@link HazardTimeline}
 * (the tick in force at that time, scripted wind and stage changes included) and
 * {@link Injects#scriptedClosuresAt}, so the {@code hazard} command shows what {@code run} plays. A static
 * picture for a GIS: the run's own road state also includes repairs, blockages and commands.
 *
 * @param scenario    the scenario
 * @param timeMs      simulated time of the hazard tick shown, ms
 * @param footprints  one footprint per hazard
 * @param facilities  resolved facilities
 * @param closedEdges directed edge ids closed to emergency vehicles or to the public → reason, ascending
 * @param network     the road network
 * @param attribution data attribution (OSM) to show with the map
 */
public record HazardSnapshot(Scenario scenario, long timeMs, List<HazardFootprint> footprints,
                             ResolvedFacilities facilities, Map<Integer, String> closedEdges, RoadNetwork network,
                             String attribution) {

    /**
     * The snapshot at the hazard tick in force at {@code timeMs} (the last tick beyond the horizon, where a run
     * never goes).
     *
     * @param attribution data attribution, e.g. {@link OsmLayers#ATTRIBUTION}, or null for the network's source
     */
    public static HazardSnapshot at(ScenarioSite site, long timeMs, ResolvedFacilities facilities, String attribution) {
        HazardTimeline timeline = site.timeline();
        int index = timeline.indexAt(timeMs);
        HazardTick tick = timeline.ticks().get(index);
        List<HazardFootprint> fps = timeline.footprints(index);
        RoadNetwork net = site.network();
        Map<Integer, String> labels = labels(net, fps);
        Map<Integer, String> closed = new TreeMap<>();
        for (int i = 0; i < tick.edges().length; i++) {
            if (tick.factors()[i] == 0f || tick.closedToPublic()[i]) {
                closed.put(tick.edges()[i], labels.getOrDefault(tick.edges()[i], "hazard"));
            }
        }
        Injects.scriptedClosuresAt(net, site.scenario().injects(), tick.timeMs()).forEach(closed::putIfAbsent);
        return new HazardSnapshot(site.scenario(), tick.timeMs(), fps, facilities, closed, net,
                attribution != null ? attribution : net.source());
    }

    /** Per edge, the first closing zone touching it as {@code hazard-id level}: a label only, the tick decides. */
    private static Map<Integer, String> labels(RoadNetwork net, List<HazardFootprint> fps) {
        Map<Integer, String> labels = new java.util.HashMap<>();
        for (HazardFootprint fp : fps) {
            for (HazardZone z : fp.zones()) {
                boolean roads = z.roadEffect().closedToPublic();
                boolean bridges = z.bridgeEffect().closedToPublic();
                if (roads || bridges) {
                    for (int e : EdgeQueries.inZone(net, z.polygon(), false)) {
                        if (net.isBridge(e) ? bridges : roads) {
                            labels.putIfAbsent(e, fp.hazardId() + " " + z.level());
                        }
                    }
                }
            }
        }
        return labels;
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
