package org.drillsim.runformat;

import java.util.List;
import java.util.Map;

/**
 * {@code run.json}: what was run, on which map, with which seed, and how long it took.
 *
 * @param format            format version (1)
 * @param tool              the program that wrote it
 * @param scenario          the scenario's id, name and description
 * @param seed              master seed
 * @param replications      replications run
 * @param threads           threads used
 * @param horizonHours      simulated horizon
 * @param hazardTickMinutes hazard update interval
 * @param eventsReplication the replication whose events are in {@code events.jsonl} (1-based)
 * @param map               road map summary
 * @param attribution       map attribution to show ("" when none is needed)
 * @param people            people in the population grid
 * @param units             units by type id, in the scenario's order
 * @param notes             notes shown to the user
 * @param kernelEvents      simulation events over all replications
 * @param cpuSeconds        CPU time over all replications (varies run to run)
 * @param startedAt         wall-clock start, ISO-8601 (varies run to run)
 * @param wallSeconds       wall-clock duration (varies run to run)
 */
public record RunInfo(int format, String tool, ScenarioInfo scenario, long seed, int replications, int threads,
                      double horizonHours, double hazardTickMinutes, int eventsReplication, MapInfo map, String attribution,
                      long people, Map<String, Integer> units, List<String> notes, long kernelEvents, double cpuSeconds,
                      String startedAt, double wallSeconds) {

    /** Absent units and notes read as none. */
    public RunInfo {
        units = units == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(units));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The current format version. */
    public static final int FORMAT = 1;

    /** The scenario run. */
    public record ScenarioInfo(String id, Bilingual name, Bilingual description) {
    }

    /**
     * The road map.
     *
     * @param source where it came from (file name or attribution)
     * @param nodes  routable nodes
     * @param edges  directed edges
     * @param bbox   min lon, min lat, max lon, max lat
     */
    public record MapInfo(String source, long nodes, long edges, List<Double> bbox) {
    }

    /** The file text, two-space indented, fields in the order above. */
    public String toJson() {
        JsonOut j = new JsonOut().beginObject();
        j.field("format", format).field("tool", tool);
        j.name("scenario").beginObject().field("id", scenario.id()).text("name", scenario.name())
                .text("description", scenario.description()).endObject();
        j.field("seed", seed).field("replications", replications).field("threads", threads)
                .field("horizonHours", horizonHours).field("hazardTickMinutes", hazardTickMinutes)
                .field("eventsReplication", eventsReplication);
        j.name("map").beginObject().field("source", map.source()).field("nodes", map.nodes()).field("edges", map.edges());
        j.name("bbox").beginArray();
        map.bbox().forEach(j::num);
        j.endArray().endObject();
        j.field("attribution", attribution);
        j.field("people", people);
        j.name("units").beginObject();
        units.forEach((k, v) -> j.field(k, (long) v));
        j.endObject();
        j.name("notes").beginArray();
        notes.forEach(j::str);
        j.endArray();
        j.field("kernelEvents", kernelEvents).field("cpuSeconds", cpuSeconds);
        j.field("startedAt", startedAt).field("wallSeconds", wallSeconds);
        return j.endObject().toString();
    }
}
