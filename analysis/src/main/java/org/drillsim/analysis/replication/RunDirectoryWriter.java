package org.drillsim.analysis.replication;

import org.drillsim.core.ConfidenceInterval;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardZone;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.HospitalCapability;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.world.ClockEvents;
import org.drillsim.world.Facility;
import org.drillsim.world.FacilityKind;
import org.drillsim.world.log.Json;
import org.drillsim.world.PopulationCell;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.score.CauseShare;
import org.drillsim.world.score.TargetCurves;
import org.drillsim.world.score.TargetResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a run directory (format: /work/notes/run-format.md, summarised in the README "Run" section):
 * {@code run.json}, {@code scorecard.json}, {@code events.jsonl}, {@code served.csv}, {@code timeseries.csv}
 * and the GeoJSON layers under {@code map/}. Every file is written to a temporary name and moved into place,
 * so a reader never sees half a file.
 */
public final class RunDirectoryWriter {
    /** File names. */
    public static final String RUN = "run.json";
    public static final String SCORECARD = "scorecard.json";
    public static final String EVENTS = "events.jsonl";
    public static final String SERVED = "served.csv";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String MAP_DIR = "map";

    private final Path dir;

    /** Creates the directory (and parents). */
    public RunDirectoryWriter(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir.resolve(MAP_DIR));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run directory " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Opens the temporary events file; close it, then call {@link #commitEvents()}. */
    public Writer openEvents() {
        try {
            return new BufferedWriter(Files.newBufferedWriter(dir.resolve(EVENTS + ".tmp"), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(EVENTS) + ": " + e.getMessage(), e);
        }
    }

    /** Moves the finished events file into place. */
    public void commitEvents() {
        move(dir.resolve(EVENTS + ".tmp"), dir.resolve(EVENTS));
    }

    /**
     * Writes everything except the events.
     *
     * @param site        the scenario site
     * @param seed        master seed
     * @param threads     threads used
     * @param outcomes    replication outcomes, in order
     * @param summary     their summary
     * @param wallSeconds wall-clock duration of the run (only in run.json)
     * @param notes       notes shown to the user (map fallback …)
     */
    public void write(ScenarioSite site, long seed, int threads, List<ReplicationOutcome> outcomes, RunSummary summary,
                      double wallSeconds, List<String> notes) {
        writeText(RUN, runJson(site, seed, threads, outcomes, wallSeconds, notes));
        writeText(SCORECARD, scorecardJson(site, outcomes.size(), summary));
        List<TargetCurves.ClockTarget> targets = TargetCurves.clockTargets(site.scenario().targets());
        writeText(SERVED, servedCsv(targets, outcomes));
        writeText(TIMESERIES, timeseriesCsv(targets, outcomes));
        writeMaps(site, outcomes.get(0));
    }

    // ------------------------------------------------------------------ run.json

    static String runJson(ScenarioSite site, long seed, int threads, List<ReplicationOutcome> outcomes, double wallSeconds,
                          List<String> notes) {
        Scenario s = site.scenario();
        RoadNetwork net = site.network();
        JsonOut j = new JsonOut().beginObject();
        j.field("format", 1).field("tool", "DrillSim 0.1.0");
        j.name("scenario").beginObject().field("id", s.id()).text("name", s.name()).text("description", s.description())
                .endObject();
        j.field("seed", seed).field("replications", outcomes.size()).field("threads", threads)
                .field("horizonHours", s.horizonHours())
                .field("hazardTickMinutes", site.timeline().tickMs() / 60_000.0).field("eventsReplication", 1);
        Envelope b = net.bounds();
        j.name("map").beginObject().field("source", net.source()).field("nodes", net.nodeCount())
                .field("edges", net.edgeCount());
        j.name("bbox").beginArray().num(b.getMinX()).num(b.getMinY()).num(b.getMaxX()).num(b.getMaxY()).endArray();
        j.endObject();
        boolean osm = RoadNetwork.OSM_ATTRIBUTION.equals(net.source()) || s.map().extract() != null;
        j.field("attribution", osm ? RoadNetwork.OSM_ATTRIBUTION : "");
        j.field("people", site.people());
        Map<String, Integer> units = new LinkedHashMap<>();
        j.name("units").beginObject();
        for (var t : site.fleets()) {
            units.merge(t.type().name().toLowerCase(Locale.ROOT).replace('_', '-'), t.count(), Integer::sum);
        }
        for (var t : site.teams()) {
            units.merge("team-" + t.type().name().toLowerCase(Locale.ROOT).replace('_', '-'), t.count(), Integer::sum);
        }
        int heli = 0;
        for (HelicopterBase hb : site.helicopterBases()) {
            heli += hb.helicopters();
        }
        if (heli > 0) {
            units.put("helicopter", heli);
        }
        units.forEach(j::field);
        j.endObject();
        j.name("notes").beginArray();
        for (String n : notes) {
            j.str(n);
        }
        for (String n : site.notes()) {
            j.str(n);
        }
        j.endArray();
        long events = 0;
        long cpu = 0;
        for (ReplicationOutcome o : outcomes) {
            events += o.events();
            cpu += o.cpuNanos();
        }
        j.field("kernelEvents", events).field("cpuSeconds", cpu / 1e9);
        j.field("startedAt", Instant.now().minusMillis((long) (wallSeconds * 1000)).toString())
                .field("wallSeconds", wallSeconds);
        return j.endObject().toString();
    }

    // ------------------------------------------------------------------ scorecard.json

    static String scorecardJson(ScenarioSite site, int replications, RunSummary summary) {
        JsonOut j = new JsonOut().beginObject();
        j.field("scenario", site.scenario().id()).field("replications", replications)
                .field("confidenceLevel", summary.level()).field("horizonHours", site.scenario().horizonHours());
        j.name("targets").beginArray();
        for (TargetSummary t : summary.targets()) {
            TargetResult f = t.first();
            j.beginObject();
            j.field("id", f.id()).text("label", f.label()).field("kind", f.kind()).field("threshold", f.threshold())
                    .field("unit", f.unit()).field("comparison", f.comparison());
            if (f.isResponseTime()) {
                j.field("requiredShare", f.requiredShare());
                j.name("clock").beginObject().field("start", ClockEvents.id(f.span().start()))
                        .field("stop", ClockEvents.id(f.span().stop())).endObject();
            } else {
                j.name("requiredShare").nul();
                j.name("clock").nul();
            }
            j.field("scored", t.scoredReplications() > 0).field("scoredReplications", t.scoredReplications());
            ConfidenceInterval ci = t.value();
            j.name("value").beginObject().field("mean", ci.mean()).field("halfWidth", ci.halfWidth())
                    .field("low", ci.mean() - ci.halfWidth()).field("high", ci.mean() + ci.halfWidth())
                    .field("min", t.min()).field("max", t.max()).endObject();
            j.field("pass", t.pass()).field("passRate", t.passRate());
            j.text("passRule", passRule(f));
            j.field("measuredMean", t.measuredMean()).field("lateMean", t.lateMean()).field("pendingMean", t.pendingMean())
                    .field("meanHours", t.meanHours());
            j.name("causes").beginArray();
            for (CauseShare c : t.causes()) {
                j.beginObject().field("id", c.cause().id()).field("zh", c.cause().zh()).field("en", c.cause().en())
                        .field("share", c.share()).endObject();
            }
            j.endArray();
            j.name("source").beginObject().field("file", f.source().file()).field("document", f.source().document())
                    .field("clause", f.source().clause()).field("line", f.source().line())
                    .field("kind", f.sourceKind()).endObject();
            j.field("wording", f.wording()).field("thresholdSource", f.thresholdSource()).text("note", f.note());
            j.name("perReplication").beginArray();
            for (double v : t.perReplication()) {
                j.num(v);
            }
            j.endArray();
            j.endObject();
        }
        j.endArray();
        j.name("indicators").beginArray();
        for (RunSummary.IndicatorSummary i : summary.indicators()) {
            ConfidenceInterval ci = i.value();
            j.beginObject().field("id", i.first().id()).text("label", i.first().label()).field("unit", i.first().unit())
                    .field("mean", ci.mean()).field("halfWidth", ci.halfWidth()).field("low", ci.mean() - ci.halfWidth())
                    .field("high", ci.mean() + ci.halfWidth()).endObject();
        }
        j.endArray();
        return j.endObject().toString();
    }

    /** The pass rule of a target, in words. */
    public static org.drillsim.format.model.LocalizedText passRule(TargetResult f) {
        if (f.isResponseTime()) {
            String pct = Json.pct(f.requiredShare());
            String thr = Json.number(f.threshold()) + " " + f.unit();
            return new org.drillsim.format.model.LocalizedText(
                    "各次推演中在 " + thr + " 内完成的人员（单位）比例的均值 ≥ " + pct + " 即达标",
                    "passes when the mean over replications of the share of people (units) within " + thr + " is ≥ " + pct);
        }
        String sign = "<=".equals(f.comparison()) ? "≤" : ">=".equals(f.comparison()) ? "≥" : f.comparison();
        String unitZh = "m2/person".equals(f.unit()) ? "m²/人" : "people".equals(f.unit()) ? "人" : f.unit();
        return new org.drillsim.format.model.LocalizedText(
                "各次推演数值的均值满足 " + sign + " " + Json.number(f.threshold()) + " " + unitZh + " 即达标",
                "passes when the mean value is " + f.comparison() + " " + Json.number(f.threshold()) + " " + f.unit());
    }

    // ------------------------------------------------------------------ CSV

    static String servedCsv(List<TargetCurves.ClockTarget> targets, List<ReplicationOutcome> outcomes) {
        double[] grid = ScenarioRunner.elapsedGrid(targets);
        StringBuilder sb = new StringBuilder("elapsed_h");
        for (TargetCurves.ClockTarget t : targets) {
            sb.append(',').append(t.id()).append(".share");
        }
        sb.append('\n');
        for (int i = 0; i < grid.length; i++) {
            sb.append(Json.number(grid[i]));
            for (int k = 0; k < targets.size(); k++) {
                double sum = 0;
                int n = 0;
                for (ReplicationOutcome o : outcomes) {
                    double v = o.servedShare()[k][i];
                    if (!Double.isNaN(v)) {
                        sum += v;
                        n++;
                    }
                }
                sb.append(',').append(n == 0 ? "" : Json.number(sum / n));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String timeseriesCsv(List<TargetCurves.ClockTarget> targets, List<ReplicationOutcome> outcomes) {
        ReplicationOutcome first = outcomes.get(0);
        int samples = Integer.MAX_VALUE;
        for (ReplicationOutcome o : outcomes) {
            samples = Math.min(samples, o.sampleTimes().length);
        }
        StringBuilder sb = new StringBuilder("time_h");
        for (TargetCurves.ClockTarget t : targets) {
            sb.append(',').append(t.id()).append(".started,").append(t.id()).append(".served");
        }
        for (String c : first.probeColumns()) {
            sb.append(',').append(c);
        }
        sb.append('\n');
        int n = outcomes.size();
        for (int i = 0; i < samples; i++) {
            sb.append(Json.number(first.sampleTimes()[i] / 3_600_000.0));
            for (int k = 0; k < targets.size(); k++) {
                double st = 0;
                double sv = 0;
                for (ReplicationOutcome o : outcomes) {
                    st += o.started()[k][i];
                    sv += o.served()[k][i];
                }
                sb.append(',').append(Json.number(st / n)).append(',').append(Json.number(sv / n));
            }
            for (int c = 0; c < first.probeColumns().size(); c++) {
                double sum = 0;
                int m = 0;
                for (ReplicationOutcome o : outcomes) {
                    double v = c < o.probes()[i].length ? o.probes()[i][c] : Double.NaN;
                    if (!Double.isNaN(v)) {
                        sum += v;
                        m++;
                    }
                }
                sb.append(',').append(m == 0 ? "" : Json.number(sum / m));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ map layers

    void writeMaps(ScenarioSite site, ReplicationOutcome kept) {
        List<String> layers = new ArrayList<>();
        writeText(MAP_DIR + "/facilities.geojson", facilities(site));
        layers.add("facilities.geojson");
        List<Long> times = new ArrayList<>();
        for (long t : ScenarioRunner.snapshotTimes(site)) {
            times.add(t);
        }
        for (long t : times) {
            String h = Json.number(t / 3_600_000.0);
            writeText(MAP_DIR + "/hazard-" + h + "h.geojson", hazards(site, t));
            layers.add("hazard-" + h + "h.geojson");
        }
        for (ReplicationOutcome.RoadSnapshot snap : kept.closures()) {
            String h = Json.number(snap.timeMs() / 3_600_000.0);
            writeText(MAP_DIR + "/closed-roads-" + h + "h.geojson", closedRoads(site.network(), snap));
            layers.add("closed-roads-" + h + "h.geojson");
        }
        writeText(MAP_DIR + "/unmet-demand.geojson", unmet(site.network(), kept.unmet()));
        layers.add("unmet-demand.geojson");
        writeText(MAP_DIR + "/population.geojson", population(site));
        layers.add("population.geojson");
        writeText(MAP_DIR + "/roads.geojson", roads(site.network()));
        layers.add("roads.geojson");
        writeText(MAP_DIR + "/water.geojson", water(site));
        layers.add("water.geojson");
        JsonOut j = new JsonOut().beginObject();
        Envelope b = site.network().bounds();
        j.name("bbox").beginArray().num(b.getMinX()).num(b.getMinY()).num(b.getMaxX()).num(b.getMaxY()).endArray();
        j.name("times").beginArray();
        for (long t : times) {
            j.num(t / 3_600_000.0);
        }
        j.endArray();
        j.name("layers").beginArray();
        for (String l : layers) {
            j.str(l);
        }
        j.endArray();
        writeText(MAP_DIR + "/index.json", j.endObject().toString());
    }

    private static final GeometryFactory GF = RoadNetwork.geometryFactory();

    static String facilities(ScenarioSite site) {
        GeoJsonText g = new GeoJsonText();
        Map<String, Hospital> hospitals = new LinkedHashMap<>();
        site.hospitals().forEach(h -> hospitals.put(h.id(), h));
        Map<String, Shelter> shelters = new LinkedHashMap<>();
        site.shelters().forEach(s -> shelters.put(s.id(), s));
        Map<String, HelicopterBase> bases = new LinkedHashMap<>();
        site.helicopterBases().forEach(b -> bases.put(b.id(), b));
        for (Facility f : site.facilities().values()) {
            var pt = GF.createPoint(new Coordinate(f.lon(), f.lat()));
            String kind = kind(f.kind());
            if (f.kind() == FacilityKind.HOSPITAL) {
                Hospital h = hospitals.get(f.id());
                StringBuilder caps = new StringBuilder();
                for (HospitalCapability c : h.capabilities()) {
                    caps.append(caps.length() == 0 ? "" : ",").append(c.name().toLowerCase(Locale.ROOT));
                }
                g.feature(pt, "id", f.id(), "kind", kind, "name_zh", f.name().zh(), "name_en", f.name().en(),
                        "beds", h.beds(), "surgeBeds", h.surgeBeds(), "capabilities", caps.toString());
            } else if (f.kind() == FacilityKind.SHELTER) {
                Shelter s = shelters.get(f.id());
                g.feature(pt, "id", f.id(), "kind", kind, "name_zh", f.name().zh(), "name_en", f.name().en(),
                        "capacityPeople", s.capacityPeople(), "areaM2", s.areaM2());
            } else if (f.kind() == FacilityKind.HELICOPTER_BASE) {
                HelicopterBase b = bases.get(f.id());
                g.feature(pt, "id", f.id(), "kind", kind, "name_zh", f.name().zh(), "name_en", f.name().en(),
                        "helicopters", b.helicopters(), "radiusKm", b.radiusKm());
            } else {
                g.feature(pt, "id", f.id(), "kind", kind, "name_zh", f.name().zh(), "name_en", f.name().en());
            }
        }
        return g.toString();
    }

    static String kind(FacilityKind k) {
        return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String hazards(ScenarioSite site, long t) {
        GeoJsonText g = new GeoJsonText();
        for (Hazard h : site.hazards()) {
            HazardFootprint fp = h.footprintAt(t);
            for (HazardZone z : fp.zones()) {
                g.feature(z.polygon(), "hazardId", h.id(), "kind", h.kind().id(), "level", z.level(),
                        "intensity", z.intensity(), "unit", z.unit(), "timeHours", t / 3_600_000.0);
            }
        }
        return g.toString();
    }

    static String closedRoads(RoadNetwork net, ReplicationOutcome.RoadSnapshot snap) {
        GeoJsonText g = new GeoJsonText();
        for (int i = 0; i < snap.edges().length; i++) {
            int e = snap.edges()[i];
            int back = net.reverseEdge(e);
            if (back >= 0 && back < e && java.util.Arrays.binarySearch(snap.edges(), back) >= 0) {
                continue; // draw a two-way road once
            }
            g.feature(net.geometry(e), "edge", e, "name", net.name(e), "cause", snap.causes()[i]);
        }
        return g.toString();
    }

    static String unmet(RoadNetwork net, List<TargetCurves.Unmet> points) {
        GeoJsonText g = new GeoJsonText();
        for (TargetCurves.Unmet u : points) {
            g.feature(GF.createPoint(new Coordinate(net.lon(u.node()), net.lat(u.node()))), "target", u.target(),
                    "people", u.people(), "late", u.lateHours(), "cause", u.cause().id());
        }
        return g.toString();
    }

    /** Main roads (motorway … tertiary) as a map background, one feature per two-way road. */
    static String roads(RoadNetwork net) {
        GeoJsonText g = new GeoJsonText();
        for (int e = 0; e < net.edgeCount(); e++) {
            org.drillsim.routing.RoadClass rc = net.roadClass(e);
            if (rc.ordinal() > org.drillsim.routing.RoadClass.TERTIARY.ordinal()) {
                continue;
            }
            int back = net.reverseEdge(e);
            if (back >= 0 && back < e) {
                continue;
            }
            g.feature(net.geometry(e), "highway", rc.name().toLowerCase(Locale.ROOT), "name", net.name(e));
        }
        return g.toString();
    }

    static String water(ScenarioSite site) {
        GeoJsonText g = new GeoJsonText();
        for (var poly : site.water()) {
            g.feature(poly, "kind", "water");
        }
        return g.toString();
    }

    static String population(ScenarioSite site) {
        GeoJsonText g = new GeoJsonText();
        for (PopulationCell c : site.cells()) {
            g.feature(GF.createPoint(new Coordinate(c.lon(), c.lat())), "people", c.people());
        }
        return g.toString();
    }

    // ------------------------------------------------------------------ files

    private void writeText(String name, String text) {
        Path target = dir.resolve(name);
        Path tmp = dir.resolve(name + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        move(tmp, target);
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
