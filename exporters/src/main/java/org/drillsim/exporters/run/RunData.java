package org.drillsim.exporters.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.drillsim.runformat.geo.GeoFeature;
import org.drillsim.runformat.geo.GeoJsonReader;
import org.drillsim.runformat.EventTypes;
import org.drillsim.runformat.RunFiles;
import org.drillsim.runformat.RunInfo;
import org.drillsim.runformat.RunManifest;
import org.drillsim.runformat.Scorecard;

/**
 * The contents of a run directory written by {@code ./drillsim run} (see the run-format note):
 * {@code run.json} and {@code scorecard.json} (required), {@code served.csv}, {@code timeseries.csv},
 * {@code events.jsonl} (digested to its key events), the {@code map/} layers, and optionally
 * {@code gap.json} (capacity gaps, from {@code drillsim gap}) and the proposed sites of {@code drillsim site}
 * ({@code map/proposed-sites.geojson} or {@code sites.geojson}).
 *
 * @param dir        the directory
 * @param run        run.json
 * @param scorecard  scorecard.json
 * @param served     served.csv, or null
 * @param timeseries timeseries.csv, or null
 * @param events     the key events of events.jsonl (empty when absent)
 * @param map        the map layers (empty lists when absent)
 * @param gap        gap.json, or null
 */
public record RunData(Path dir, RunInfo run, Scorecard scorecard, CsvTable served, CsvTable timeseries, EventDigest events,
                      MapLayers map, JsonNode gap) {

    /**
     * The events worth a line in the report's timeline, with counts of every type and of the plan's own
     * (automatic) commands by command type.
     */
    public record EventDigest(List<JsonNode> key, Map<String, Long> counts, long total, long omitted, Map<String, Long> planCommands) {
        /** No events. */
        public static final EventDigest NONE = new EventDigest(List.of(), Map.of(), 0, 0, Map.of());
    }

    /**
     * The map layers.
     *
     * @param facilities    facility points
     * @param hazardByHour  hazard footprints per time in hours
     * @param closedByHour  closed roads per time in hours
     * @param unmetDemand   points where people missed a target
     * @param proposedSites proposed new sites (siting), may be empty
     * @param roads         background roads, may be empty
     * @param water         rivers and lakes, may be empty
     */
    public record MapLayers(List<GeoFeature> facilities, TreeMap<Double, List<GeoFeature>> hazardByHour,
                            TreeMap<Double, List<GeoFeature>> closedByHour, List<GeoFeature> unmetDemand,
                            List<GeoFeature> proposedSites, List<GeoFeature> roads, List<GeoFeature> water) {
        /** True when there is nothing to draw. */
        public boolean isEmpty() {
            return facilities.isEmpty() && hazardByHour.isEmpty() && unmetDemand.isEmpty() && proposedSites.isEmpty()
                    && roads.isEmpty();
        }
    }

    /** Event types shown in the timeline (commands only when not a routine dispatch by the plan). */
    static final Set<String> KEY_TYPES = EventTypes.KEY;
    /** Types shown every time: the decisions and the script. Every other key type is shown only the first time. */
    static final Set<String> EVERY_TIME = Set.of(EventTypes.WORLD, EventTypes.INJECT, EventTypes.COMMAND,
            EventTypes.HOSPITAL_POWER_LOSS, EventTypes.WARNING_ISSUED, EventTypes.RESPONSE_LEVEL, EventTypes.END);
    /** Most timeline rows kept. */
    static final int MAX_KEY_EVENTS = 120;

    /**
     * Reads a complete run directory, checked first against its {@code manifest.json}.
     *
     * @throws org.drillsim.runformat.OutputRefusedException when the directory is incomplete or altered
     * @throws IOException saying which file is missing or malformed
     */
    public static RunData read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("运行目录不存在 / run directory not found: " + dir);
        }
        RunManifest.verify(dir);
        return readBeingWritten(dir);
    }

    /**
     * Reads the run directory its own writer is still filling (to put the report in it before the manifest is
     * written); every other reader uses {@link #read(Path)}.
     */
    public static RunData readBeingWritten(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("运行目录不存在 / run directory not found: " + dir);
        }
        Path runJson = dir.resolve(RunFiles.RUN);
        Path scoreJson = dir.resolve(RunFiles.SCORECARD);
        if (!Files.isRegularFile(runJson) || !Files.isRegularFile(scoreJson)) {
            throw new IOException("不是 DrillSim 运行目录 / not a DrillSim run directory (needs run.json and scorecard.json): " + dir);
        }
        RunInfo run = RunFiles.readRun(runJson);
        Scorecard scorecard = RunFiles.readScorecard(scoreJson);
        if (scorecard.targets() == null) {
            throw new IOException(scoreJson + ": expected a 'targets' array");
        }
        CsvTable served = optionalCsv(dir.resolve(RunFiles.SERVED));
        CsvTable series = optionalCsv(dir.resolve(RunFiles.TIMESERIES));
        Path eventsFile = dir.resolve(RunFiles.EVENTS);
        EventDigest events = Files.isRegularFile(eventsFile) ? digest(eventsFile) : EventDigest.NONE;
        Path gapJson = dir.resolve(RunFiles.GAP);
        JsonNode gap = Files.isRegularFile(gapJson) ? json(gapJson) : null;
        return new RunData(dir, run, scorecard, served, series, events, mapLayers(dir.resolve(RunFiles.MAP_DIR)), gap);
    }

    private static JsonNode json(Path file) throws IOException {
        try {
            return RunFiles.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    private static CsvTable optionalCsv(Path file) throws IOException {
        return Files.isRegularFile(file) ? CsvTable.read(file) : null;
    }

    /** Streams the event log once: counts every type, keeps the key events. */
    static EventDigest digest(Path file) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Long> planCommands = new TreeMap<>();
        List<JsonNode> key = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        long omitted = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode e;
                try {
                    e = RunFiles.event(line);
                } catch (IOException ex) {
                    throw new IOException(file + ":" + lineNo + ": not valid JSON: " + ex.getMessage(), ex);
                }
                if (!e.path("type").isTextual()) {
                    throw new IOException(file + ":" + lineNo + ": event without a \"type\"");
                }
                String type = e.path("type").asText();
                total++;
                counts.merge(type, 1L, Long::sum);
                if (!isKey(type)) {
                    continue;
                }
                if (type.equals("command") && isRoutine(e)) {
                    continue;
                }
                // the plan as written issues the same command for every zone, shelter or lorry load (hundreds
                // in a run): its first of each kind gets a line with the count, the trainees' each get one
                if (type.equals("command") && isByThePlan(e)
                        && planCommands.merge(e.path("command").asText(), 1L, Long::sum) > 1) {
                    continue;
                }
                // things that happen in bursts (every hospital filling up, every ambulance finding no
                // hospital) get one line, the first; the appendix counts them all
                if (!EVERY_TIME.contains(type) && !type.startsWith("inject") && !seen.add(type)) {
                    continue;
                }
                if (key.size() < MAX_KEY_EVENTS) {
                    key.add(e);
                } else {
                    omitted++;
                }
            }
        }
        return new EventDigest(List.copyOf(key), Map.copyOf(counts), total, omitted, Map.copyOf(planCommands));
    }

    /** True for the types of the timeline: the key types and scripted inject effects ({@code inject-…}). */
    static boolean isKey(String type) {
        return KEY_TYPES.contains(type) || type.startsWith(EventTypes.INJECT_PREFIX);
    }

    /** An accepted command of the plan as written (not a trainee's or the controller's). */
    static boolean isByThePlan(JsonNode e) {
        return e.path("role").asText().equals("plan") && e.path("accepted").asBoolean(true);
    }

    /** A dispatch or reassignment issued by the plan as written: routine, not a decision worth a line. */
    private static boolean isRoutine(JsonNode e) {
        String cmd = e.path("command").asText();
        return e.path("role").asText().equals("plan") && (cmd.equals("dispatch") || cmd.equals("reassign"))
                && e.path("accepted").asBoolean(true);
    }

    private static MapLayers mapLayers(Path mapDir) throws IOException {
        TreeMap<Double, List<GeoFeature>> hazard = new TreeMap<>();
        TreeMap<Double, List<GeoFeature>> closed = new TreeMap<>();
        if (!Files.isDirectory(mapDir)) {
            return new MapLayers(List.of(), hazard, closed, List.of(), proposedSites(mapDir), List.of(), List.of());
        }
        try (Stream<Path> files = Files.list(mapDir)) {
            for (Path f : files.sorted().toList()) {
                RunFiles.TimedLayer timed = RunFiles.timedLayer(f.getFileName().toString());
                if (timed != null) {
                    (timed.prefix().equals(RunFiles.HAZARD_PREFIX) ? hazard : closed).put(timed.hours(), GeoJsonReader.read(f));
                }
            }
        }
        return new MapLayers(layer(mapDir, RunFiles.FACILITIES), hazard, closed, layer(mapDir, RunFiles.UNMET_DEMAND),
                proposedSites(mapDir), layer(mapDir, RunFiles.ROADS), layer(mapDir, RunFiles.WATER));
    }

    /** Proposed sites from {@code site}: {@code map/proposed-sites.geojson}, else {@code sites.geojson} beside {@code map/}. */
    private static List<GeoFeature> proposedSites(Path mapDir) throws IOException {
        List<GeoFeature> sites = layer(mapDir, RunFiles.PROPOSED_SITES);
        return sites.isEmpty() ? layer(mapDir.getParent(), RunFiles.SITES) : sites;
    }

    private static List<GeoFeature> layer(Path dir, String name) throws IOException {
        Path f = dir.resolve(name);
        return Files.isRegularFile(f) ? GeoJsonReader.read(f) : List.of();
    }
}
