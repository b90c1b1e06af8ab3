package org.drillsim.analysis.replication;

import org.drillsim.core.ConfidenceInterval;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardZone;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.HospitalCapability;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.world.ClockEvents;
import org.drillsim.world.Facility;
import org.drillsim.world.FacilityKind;
import org.drillsim.world.log.GeoJsonGeometry;
import org.drillsim.world.log.Json;
import org.drillsim.runformat.Bilingual;
import org.drillsim.runformat.JsonOut;
import org.drillsim.runformat.OutputFiles;
import org.drillsim.runformat.RunFiles;
import org.drillsim.runformat.RunInfo;
import org.drillsim.runformat.Scorecard;
import org.drillsim.runformat.Verdict;
import org.drillsim.runformat.geo.GeoGeometry;
import org.drillsim.runformat.geo.GeoJsonWriter;
import org.drillsim.world.PopulationCell;
import org.drillsim.world.HazardTimeline;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.score.CauseShare;
import org.drillsim.world.score.TargetCurves;
import org.drillsim.world.score.TargetResult;
import org.locationtech.jts.geom.Envelope;

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
 * Writes a run directory (files and records: module run-format, {@code RunFiles}; summarised in the README "Run" section):
 * {@code run.json}, {@code scorecard.json}, {@code events.jsonl}, {@code served.csv}, {@code timeseries.csv}
 * and the GeoJSON layers under {@code map/}. Every file is written to a temporary name and moved into place,
 * so a reader never sees half a file; the directory as a whole is made complete by
 * {@link org.drillsim.runformat.StagedRunDirectory} (give it {@code StagedRunDirectory.dir()}).
 */
public final class RunDirectoryWriter {
    /** File names. */
    public static final String RUN = RunFiles.RUN;
    public static final String SCORECARD = RunFiles.SCORECARD;
    public static final String EVENTS = RunFiles.EVENTS;
    public static final String SERVED = RunFiles.SERVED;
    public static final String TIMESERIES = RunFiles.TIMESERIES;
    public static final String MAP_DIR = RunFiles.MAP_DIR;

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
        return runInfo(site, seed, threads, outcomes, wallSeconds, notes).toJson();
    }

    static RunInfo runInfo(ScenarioSite site, long seed, int threads, List<ReplicationOutcome> outcomes, double wallSeconds,
                           List<String> notes) {
        Scenario s = site.scenario();
        RoadNetwork net = site.network();
        Envelope b = net.bounds();
        RunInfo.MapInfo map = new RunInfo.MapInfo(net.source(), net.nodeCount(), net.edgeCount(),
                List.of(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
        boolean osm = RoadNetwork.OSM_ATTRIBUTION.equals(net.source()) || s.map().extract() != null;
        Map<String, Integer> units = new LinkedHashMap<>();
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
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(site.notes());
        long events = 0;
        long cpu = 0;
        for (ReplicationOutcome o : outcomes) {
            events += o.events();
            cpu += o.cpuNanos();
        }
        return new RunInfo(RunInfo.FORMAT, "DrillSim 0.1.0",
                new RunInfo.ScenarioInfo(s.id(), text(s.name()), text(s.description())), seed, outcomes.size(), threads,
                s.horizonHours(), site.timeline().tickMs() / 60_000.0, 1, map, osm ? RoadNetwork.OSM_ATTRIBUTION : "",
                site.people(), units, allNotes, events, cpu / 1e9,
                Instant.now().minusMillis((long) (wallSeconds * 1000)).toString(), wallSeconds);
    }

    private static Bilingual text(LocalizedText t) {
        return t == null ? null : new Bilingual(t.zh(), t.en());
    }

    // ------------------------------------------------------------------ scorecard.json

    /** The {@code scorecard.json} text of a summary (also what {@code sweep} writes per variant). */
    public static String scorecardJson(ScenarioSite site, int replications, RunSummary summary) {
        return scorecard(site, replications, summary).toJson();
    }

    static Scorecard scorecard(ScenarioSite site, int replications, RunSummary summary) {
        return scorecard(site.scenario(), replications, summary);
    }

    /** The {@code scorecard.json} record of a scenario's replications. */
    public static Scorecard scorecard(org.drillsim.format.model.Scenario scenario, int replications, RunSummary summary) {
        List<Scorecard.Target> targets = new ArrayList<>();
        for (TargetSummary t : summary.targets()) {
            TargetResult f = t.first();
            Scorecard.Clock clock = f.isResponseTime()
                    ? new Scorecard.Clock(ClockEvents.id(f.span().start()), ClockEvents.id(f.span().stop())) : null;
            ConfidenceInterval ci = t.value();
            double low = ci.mean() - ci.halfWidth();
            double high = ci.mean() + ci.halfWidth();
            if (f.isResponseTime()) {
                // a share's interval stops at 0 and 100 %
                low = Verdict.clipShare(low);
                high = Verdict.clipShare(high);
            }
            Scorecard.Value value = new Scorecard.Value(ci.mean(), ci.halfWidth(), low, high, t.min(), t.max());
            List<Scorecard.Cause> causes = new ArrayList<>();
            for (CauseShare c : t.causes()) {
                causes.add(new Scorecard.Cause(c.cause().id(), c.cause().zh(), c.cause().en(), c.share()));
            }
            List<Double> per = new ArrayList<>();
            for (double v : t.perReplication()) {
                per.add(v);
            }
            targets.add(new Scorecard.Target(f.id(), text(f.label()), f.kind(), f.threshold(), f.unit(), f.comparison(),
                    f.isResponseTime() ? f.requiredShare() : Double.NaN, clock, t.scoredReplications() > 0,
                    t.scoredReplications(), value, t.met(), t.passRate(), text(passRule(f)), t.measuredMean(),
                    t.lateMean(), t.pendingMean(), t.meanHours(), causes,
                    new Scorecard.Source(f.source().file(), f.source().document(), f.source().clause(), f.source().line(),
                            f.sourceKind()),
                    f.wording(), f.thresholdSource(), text(f.note()), per));
        }
        List<Scorecard.Indicator> indicators = new ArrayList<>();
        for (RunSummary.IndicatorSummary i : summary.indicators()) {
            ConfidenceInterval ci = i.value();
            indicators.add(new Scorecard.Indicator(i.first().id(), text(i.first().label()), i.first().unit(), ci.mean(),
                    ci.halfWidth(), ci.mean() - ci.halfWidth(), ci.mean() + ci.halfWidth()));
        }
        List<Scorecard.District> districts = new ArrayList<>();
        for (RunSummary.DistrictSummary d : summary.districts()) {
            List<Scorecard.DistrictTarget> rows = new ArrayList<>();
            for (TargetSummary t : d.targets()) {
                ConfidenceInterval ci = t.value();
                double low = ci.mean() - ci.halfWidth();
                double high = ci.mean() + ci.halfWidth();
                if (t.first().isResponseTime()) {
                    low = Verdict.clipShare(low);
                    high = Verdict.clipShare(high);
                }
                rows.add(new Scorecard.DistrictTarget(t.first().id(), t.scoredReplications() > 0,
                        new Scorecard.Value(ci.mean(), ci.halfWidth(), low, high, t.min(), t.max()), t.met(), t.passRate(),
                        t.measuredMean(), t.lateMean(), text(t.first().note())));
            }
            districts.add(new Scorecard.District(d.name(), d.peopleMean(), rows));
        }
        return new Scorecard(scenario.id(), replications, summary.level(), scenario.horizonHours(), targets,
                indicators, summary.scope(), districts);
    }

    /** The requirement of a target and the verdict rule, in words. */
    public static org.drillsim.format.model.LocalizedText passRule(TargetResult f) {
        String pct = (int) Math.round(100 * RunSummary.LEVEL) + "%";
        if (f.isResponseTime()) {
            String share = Json.pct(f.requiredShare());
            String thrZh = Json.number(f.threshold()) + " " + unitZh(f.unit());
            String thrEn = Json.number(f.threshold()) + " " + f.unit();
            return new org.drillsim.format.model.LocalizedText(
                    thrZh + " 内完成的人员（单位）比例的 " + pct + " 置信区间下限 ≥ " + share + " 为达标，上限 < " + share
                            + " 为未达标，其间为临界",
                    "met when the lower bound of the " + pct + " confidence interval of the share of people (units) within "
                            + thrEn + " is ≥ " + share + ", not met when its upper bound is below, at risk in between");
        }
        boolean atMost = f.comparison() != null && f.comparison().startsWith("<");
        String sign = "<=".equals(f.comparison()) ? "≤" : ">=".equals(f.comparison()) ? "≥" : f.comparison();
        String thr = Json.number(f.threshold());
        return new org.drillsim.format.model.LocalizedText(
                pct + " 置信区间" + (atMost ? "上限" : "下限") + " " + sign + " " + thr + " " + unitZh(f.unit()) + " 为达标，"
                        + (atMost ? "下限" : "上限") + "不满足为未达标，其间为临界",
                "met when the " + (atMost ? "upper" : "lower") + " bound of the " + pct + " confidence interval is " + sign
                        + " " + thr + " " + f.unit() + ", not met when the " + (atMost ? "lower" : "upper")
                        + " bound misses it, at risk in between");
    }

    private static String unitZh(String unit) {
        return switch (unit == null ? "" : unit) {
            case "h" -> "小时";
            case "min" -> "分钟";
            case "d" -> "天";
            case "km" -> "公里";
            case "m2/person" -> "m²/人";
            case "people" -> "人";
            default -> String.valueOf(unit);
        };
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
        writeText(MAP_DIR + "/" + RunFiles.FACILITIES, facilities(site));
        layers.add(RunFiles.FACILITIES);
        List<Long> times = new ArrayList<>();
        for (long t : ScenarioRunner.snapshotTimes(site)) {
            times.add(t);
        }
        for (long t : times) {
            String layer = RunFiles.timedLayer(RunFiles.HAZARD_PREFIX, t / 3_600_000.0);
            writeText(MAP_DIR + "/" + layer, hazards(site, t));
            layers.add(layer);
        }
        for (ReplicationOutcome.RoadSnapshot snap : kept.closures()) {
            String layer = RunFiles.timedLayer(RunFiles.CLOSED_ROADS_PREFIX, snap.timeMs() / 3_600_000.0);
            writeText(MAP_DIR + "/" + layer, closedRoads(site.network(), snap));
            layers.add(layer);
        }
        writeText(MAP_DIR + "/" + RunFiles.UNMET_DEMAND, unmet(site.network(), kept.unmet()));
        layers.add(RunFiles.UNMET_DEMAND);
        writeText(MAP_DIR + "/" + RunFiles.POPULATION, population(site));
        layers.add(RunFiles.POPULATION);
        writeText(MAP_DIR + "/" + RunFiles.ROADS, roads(site.network()));
        layers.add(RunFiles.ROADS);
        writeText(MAP_DIR + "/" + RunFiles.WATER, water(site));
        layers.add(RunFiles.WATER);
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
        writeText(MAP_DIR + "/" + RunFiles.MAP_INDEX, j.endObject().toString());
    }

    static String facilities(ScenarioSite site) {
        GeoJsonWriter g = GeoJsonWriter.collection(6, false);
        Map<String, Hospital> hospitals = new LinkedHashMap<>();
        site.hospitals().forEach(h -> hospitals.put(h.id(), h));
        Map<String, Shelter> shelters = new LinkedHashMap<>();
        site.shelters().forEach(s -> shelters.put(s.id(), s));
        Map<String, HelicopterBase> bases = new LinkedHashMap<>();
        site.helicopterBases().forEach(b -> bases.put(b.id(), b));
        for (Facility f : site.facilities().values()) {
            GeoGeometry pt = GeoJsonGeometry.point(f.lon(), f.lat());
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
        GeoJsonWriter g = GeoJsonWriter.collection(6, false);
        // the timeline's footprints, as the run plays them (scripted wind and stage changes included)
        HazardTimeline timeline = site.timeline();
        for (HazardFootprint fp : timeline.footprints(timeline.indexAt(t))) {
            for (HazardZone z : fp.zones()) {
                g.feature(GeoJsonGeometry.of(z.polygon()), "hazardId", fp.hazardId(), "kind", z.kind().id(), "level", z.level(),
                        "intensity", z.intensity(), "unit", z.unit(), "timeHours", t / 3_600_000.0);
            }
        }
        return g.toString();
    }

    static String closedRoads(RoadNetwork net, ReplicationOutcome.RoadSnapshot snap) {
        GeoJsonWriter g = GeoJsonWriter.collection(6, false);
        for (int i = 0; i < snap.edges().length; i++) {
            int e = snap.edges()[i];
            int back = net.reverseEdge(e);
            if (back >= 0 && back < e && java.util.Arrays.binarySearch(snap.edges(), back) >= 0) {
                continue; // draw a two-way road once
            }
            g.feature(GeoJsonGeometry.of(net.geometry(e)), "edge", e, "name", net.name(e), "cause", snap.causes()[i]);
        }
        return g.toString();
    }

    static String unmet(RoadNetwork net, List<TargetCurves.Unmet> points) {
        GeoJsonWriter g = GeoJsonWriter.collection(6, false);
        for (TargetCurves.Unmet u : points) {
            g.feature(GeoJsonGeometry.point(net.lon(u.node()), net.lat(u.node())), "target", u.target(),
                    "people", u.people(), "late", u.lateHours(), "cause", u.cause().id());
        }
        return g.toString();
    }

    /** Main roads (motorway … tertiary) as a map background, one feature per two-way road. */
    static String roads(RoadNetwork net) {
        GeoJsonWriter g = GeoJsonWriter.collection(6, false);
        for (int e = 0; e < net.edgeCount(); e++) {
            org.drillsim.routing.RoadClass rc = net.roadClass(e);
            if (rc.ordinal() > org.drillsim.routing.RoadClass.TERTIARY.ordinal()) {
                continue;
            }
            int back = net.reverseEdge(e);
            if (back >= 0 && back < e) {
                continue;
            }
            g.feature(GeoJsonGeometry.of(net.geometry(e)), "highway", rc.name().toLowerCase(Locale.ROOT), "name", net.name(e));
        }
        return g.toString();
    }

    static String water(ScenarioSite site) {
        GeoJsonWriter g = GeoJsonWriter.collection(6, false);
        for (var poly : site.water()) {
            g.feature(GeoJsonGeometry.of(poly), "kind", "water");
        }
        return g.toString();
    }

    static String population(ScenarioSite site) {
        GeoJsonWriter g = GeoJsonWriter.collection(6, false);
        for (PopulationCell c : site.cells()) {
            g.feature(GeoJsonGeometry.point(c.lon(), c.lat()), "people", c.people());
        }
        return g.toString();
    }

    // ------------------------------------------------------------------ files

    private void writeText(String name, String text) {
        Path target = dir.resolve(name);
        try {
            OutputFiles.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
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
