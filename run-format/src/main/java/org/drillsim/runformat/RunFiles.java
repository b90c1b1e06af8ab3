package org.drillsim.runformat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a run directory and how to read them. {@code run.json} and {@code scorecard.json} read into
 * {@link RunInfo} and {@link Scorecard}; the writer writes those same records, so writer and readers cannot
 * drift apart.
 */
public final class RunFiles {
    private RunFiles() {
    }

    public static final String RUN = "run.json";
    public static final String SCORECARD = "scorecard.json";
    public static final String EVENTS = "events.jsonl";
    public static final String SERVED = "served.csv";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String GAP = "gap.json";
    /** Proposed sites of {@code drillsim site}, beside {@code map/}. */
    public static final String SITES = "sites.geojson";
    public static final String MAP_DIR = "map";

    /** Map layers under {@code map/}. */
    public static final String FACILITIES = "facilities.geojson";
    public static final String UNMET_DEMAND = "unmet-demand.geojson";
    public static final String POPULATION = "population.geojson";
    public static final String ROADS = "roads.geojson";
    public static final String WATER = "water.geojson";
    public static final String PROPOSED_SITES = "proposed-sites.geojson";
    public static final String MAP_INDEX = "index.json";
    /** Prefixes of the layers written once per snapshot time, {@code hazard-6h.geojson}. */
    public static final String HAZARD_PREFIX = "hazard";
    public static final String CLOSED_ROADS_PREFIX = "closed-roads";

    private static final Pattern TIMED = Pattern.compile("(hazard|closed-roads)-([0-9]+(?:\\.[0-9]+)?)h\\.geojson");

    /** The layer name of a timed layer, e.g. {@code hazard-1.5h.geojson}. */
    public static String timedLayer(String prefix, double hours) {
        return prefix + "-" + JsonText.number(hours) + "h.geojson";
    }

    /** The prefix and hours of a timed layer's file name, or null when it is not one. */
    public static TimedLayer timedLayer(String fileName) {
        Matcher m = TIMED.matcher(fileName);
        return m.matches() ? new TimedLayer(m.group(1), Double.parseDouble(m.group(2))) : null;
    }

    /** A layer written per snapshot time. */
    public record TimedLayer(String prefix, double hours) {
    }

    /** Reads run files: a JSON {@code null} number is NaN, as the writer wrote NaN. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule("run-format-nan")
                    .addDeserializer(Double.TYPE, new NanDouble())
                    .addDeserializer(Double.class, new NanDouble()));

    /** Reads {@code run.json}. */
    public static RunInfo readRun(Path file) throws IOException {
        return read(file, RunInfo.class);
    }

    /** Reads {@code scorecard.json}. */
    public static Scorecard readScorecard(Path file) throws IOException {
        return read(file, Scorecard.class);
    }

    /** Parses one line of {@code events.jsonl}. */
    public static JsonNode event(String line) throws IOException {
        return JSON.readTree(line);
    }

    private static <T> T read(Path file, Class<T> type) throws IOException {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new IOException(file + ": not a valid " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static final class NanDouble extends StdDeserializer<Double> {
        NanDouble() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return p.getValueAsDouble(Double.NaN);
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) {
            return Double.NaN;
        }
    }
}
