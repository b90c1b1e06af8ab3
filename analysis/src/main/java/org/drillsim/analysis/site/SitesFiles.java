package org.drillsim.analysis.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.drillsim.runformat.OutputFiles;
import org.drillsim.analysis.gap.TargetCheck;
import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.analysis.replication.TargetSummary;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.runformat.RunFiles;
import org.drillsim.runformat.geo.GeoGeometry;
import org.drillsim.runformat.geo.GeoJsonWriter;
import org.drillsim.runformat.geo.LonLat;
import org.drillsim.world.log.GeoJsonGeometry;
import org.drillsim.world.Facility;
import org.drillsim.world.ScenarioSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code sites.json} (the siting and its before / after re-simulation) and {@code sites.geojson} (proposed and
 * existing sites for a map; RFC 7946) into a run directory; the fields are those written below.
 * Each file is written to a temporary name and moved into place.
 */
public final class SitesFiles {
    /** File names. */
    public static final String JSON = "sites.json";
    public static final String GEOJSON = RunFiles.SITES;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SitesFiles() {
    }

    /**
     * The re-simulation around the siting.
     *
     * @param seed         master seed (common random numbers)
     * @param replications replications of each side
     * @param confidence   confidence level of the intervals
     * @param before       the scenario as written
     * @param after        with the proposed sites
     * @param unitsPerBase ambulances at each new ambulance base
     */
    public record Comparison(long seed, int replications, double confidence, RunSummary before, RunSummary after,
                             int unitsPerBase) {
    }

    /** Writes both files; returns their paths. */
    public static List<Path> write(Path runDir, ScenarioSite site, SitingPlan plan, Comparison cmp) throws IOException {
        Files.createDirectories(runDir);
        return List.of(atomic(runDir.resolve(JSON), json(site, plan, cmp)), atomic(runDir.resolve(GEOJSON), geoJson(site, plan, cmp)));
    }

    /** The {@code sites.json} text. */
    public static String json(ScenarioSite site, SitingPlan plan, Comparison cmp) {
        SitingRequest req = plan.request();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", 1);
        root.put("scenario", site.scenario().id());
        root.put("kind", req.kind().id());
        text(root, "kindLabel", req.kind().label());
        root.put("objective", plan.covering() ? "coverage" : "median");
        root.put("withinMinutes", req.withinMinutes());
        root.put("add", req.add());
        ObjectNode roads = root.putObject("roads");
        roads.put("closedEdges", plan.roads().closedEdges());
        roads.put("slowedEdges", plan.roads().slowedEdges());
        roads.put("forPublic", plan.roads().forPublic());
        text(roads, "rule", new LocalizedText("灾害时间线上各时刻的最不利路况（任一时刻封闭即视为封闭）",
                "the worst road state over the hazard timeline (closed at any tick = closed)"));
        ObjectNode demand = root.putObject("demand");
        text(demand, "what", plan.demand().what());
        text(demand, "unit", plan.demand().unit());
        demand.put("points", plan.demand().size());
        num(demand, "total", plan.demand().total());
        num(demand, "relocated", plan.demand().relocated());
        ObjectNode cands = root.putObject("candidates");
        text(cands, "source", plan.candidates().source());
        cands.put("count", plan.candidates().list().size());
        cands.put("excludedCutOff", plan.candidates().excluded());
        ArrayNode existing = root.putArray("existing");
        for (Facility f : plan.existing()) {
            ObjectNode o = existing.addObject();
            o.put("id", f.id());
            text(o, "name", f.name());
            o.put("lon", f.lon());
            o.put("lat", f.lat());
        }
        ArrayNode proposed = root.putArray("proposed");
        int i = 0;
        for (SitingPlan.Proposed p : plan.proposed()) {
            i++;
            Candidate c = p.candidate();
            ObjectNode o = proposed.addObject();
            o.put("id", ProposedSites.id(req.kind(), i));
            o.put("candidate", c.id());
            text(o, "name", c.name());
            o.put("kind", c.kind());
            o.put("lon", c.lon());
            o.put("lat", c.lat());
            o.put("node", c.node());
            num(o, "areaM2", c.areaM2());
            if (c.osmId() != null) {
                o.put("osmId", c.osmId());
            } else {
                o.putNull("osmId");
            }
            num(o, "served", p.served());
            num(o, "covered", p.covered());
            text(o, "brings", ProposedSites.brings(site, plan, p, cmp.unitsPerBase()));
        }
        ObjectNode value = root.putObject("objectiveValue");
        num(value, "before", plan.before());
        num(value, "after", plan.after());
        num(value, "bound", plan.bound());
        num(value, "gapPercent", plan.gapPercent());
        text(value, "unit", plan.covering() ? plan.demand().unit() : new LocalizedText("分钟（按需求加权平均）",
                "minutes (demand-weighted mean)"));
        num(value, "coveredBefore", plan.coveredBefore());
        num(value, "coveredAfter", plan.coveredAfter());
        num(value, "travelMinutesBefore", plan.travelBefore());
        num(value, "travelMinutesAfter", plan.travelAfter());
        num(value, "penaltyMinutes", plan.penaltyMinutes());
        num(root, "solverSeconds", plan.solverSeconds());
        root.put("seed", cmp.seed());
        root.put("replications", cmp.replications());
        root.put("confidence", cmp.confidence());
        ArrayNode targets = root.putArray("targets");
        for (TargetSummary b : cmp.before().targets()) {
            TargetSummary a = cmp.after().target(b.first().id());
            ObjectNode o = targets.addObject();
            o.put("id", b.first().id());
            text(o, "label", b.first().label());
            o.put("kind", b.first().kind());
            num(o, "required", b.first().isResponseTime() ? b.first().requiredShare() : b.first().threshold());
            check(o.putObject("before"), TargetCheck.of(b, cmp.confidence()));
            if (a != null) {
                check(o.putObject("after"), TargetCheck.of(a, cmp.confidence()));
            } else {
                o.putNull("after");
            }
        }
        ArrayNode notes = root.putArray("notes");
        for (LocalizedText n : plan.notes()) {
            ObjectNode o = notes.addObject();
            o.put("zh", n.zh());
            o.put("en", n.en());
        }
        root.put("attribution", attribution(site));
        return write(root);
    }

    /** The {@code sites.geojson} text: proposed sites (points, and their parcels), existing ones (points). */
    public static String geoJson(ScenarioSite site, SitingPlan plan, Comparison cmp) {
        GeoJsonWriter g = GeoJsonWriter.collection(6, false).member("attribution", attribution(site));
        int i = 0;
        for (SitingPlan.Proposed p : plan.proposed()) {
            i++;
            Candidate c = p.candidate();
            String id = ProposedSites.id(plan.request().kind(), i);
            LocalizedText brings = ProposedSites.brings(site, plan, p, cmp.unitsPerBase());
            g.feature(GeoJsonGeometry.point(c.lon(), c.lat()), "role", "proposed", "id", id,
                    "facilityKind", plan.request().kind().id(), "candidate", c.id(), "name_zh", c.name().zh(),
                    "name_en", c.name().en(), "parcelKind", c.kind(), "areaM2", c.areaM2(), "served", p.served(),
                    "covered", p.covered(), "brings_zh", brings.zh(), "brings_en", brings.en());
            if (!c.outline().isEmpty()) {
                List<LonLat> ring = new ArrayList<>();
                for (List<Double> xy : c.outline()) {
                    ring.add(LonLat.of(xy.get(0), xy.get(1)));
                }
                g.feature(GeoGeometry.Polygon.of(ring), "role", "proposed-parcel", "id", id, "name_zh", c.name().zh(),
                        "name_en", c.name().en());
            }
        }
        for (Facility e : plan.existing()) {
            g.feature(GeoJsonGeometry.point(e.lon(), e.lat()), "role", "existing", "id", e.id(),
                    "facilityKind", plan.request().kind().id(), "name_zh", e.name().zh(), "name_en", e.name().en());
        }
        return g.toString();
    }

    private static String attribution(ScenarioSite site) {
        boolean osm = RoadNetwork.OSM_ATTRIBUTION.equals(site.network().source()) || site.scenario().map().extract() != null;
        return osm ? RoadNetwork.OSM_ATTRIBUTION : "";
    }

    private static void check(ObjectNode o, TargetCheck c) {
        o.put("scored", c.scored());
        num(o, "mean", c.mean());
        num(o, "low", c.low());
        num(o, "high", c.high());
        o.put("verdict", c.verdict().id());
        o.put("meetsAtConfidence", c.meets());
    }

    private static void text(ObjectNode o, String name, LocalizedText t) {
        ObjectNode x = o.putObject(name);
        x.put("zh", t.zh());
        x.put("en", t.en());
    }

    private static void num(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise: " + e.getMessage(), e);
        }
    }

    private static Path atomic(Path target, String text) throws IOException {
        OutputFiles.writeString(target, text);
        return target;
    }
}
