package org.drillsim.runformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesTest {

    static RunInfo run() {
        Map<String, Integer> units = new LinkedHashMap<>();
        units.put("ambulance", 4);
        units.put("team-medical", 2);
        return new RunInfo(1, "DrillSim 0.1.0", new RunInfo.ScenarioInfo("s1", new Bilingual("洪水", "Flood"),
                new Bilingual("说明", "About")), 20261204L, 3, 2, 48, 15, 1,
                new RunInfo.MapInfo("harbin.osm.pbf", 400, 1500, List.of(126.5, 45.6, 126.7, 45.8)), "© OSM", 50_000,
                units, List.of("note \"quoted\""), 12345, 2.5, "2026-12-04T00:00:00Z", 8.25);
    }

    static Scorecard scorecard() {
        Scorecard.Target time = new Scorecard.Target("medical-2h", new Bilingual("2小时", "2 h"), Scorecard.RESPONSE_TIME, 2, "h",
                "<=", 0.95, new Scorecard.Clock("injury", "first-treatment"), true, 3,
                new Scorecard.Value(0.8, 0.05, 0.75, 0.85, 0.7, 0.9), false, 0.333333, new Bilingual("规则", "rule"), 100, 20, 1,
                1.25, List.of(new Scorecard.Cause("travel", "路途", "travel", 0.6)),
                new Scorecard.Source("000", "规划", "§二", 67), "原文", null, new Bilingual("", ""), List.of(0.8, Double.NaN, 0.75));
        Scorecard.Target capacity = new Scorecard.Target("shelter-area", new Bilingual("面积", "area"), "capacity", 2.5,
                "m2/person", ">=", Double.NaN, null, false, 0, new Scorecard.Value(Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN), false, Double.NaN, new Bilingual("规则", "rule"), 0, 0, 0, Double.NaN,
                List.of(), new Scorecard.Source("001", "", "", 0), null, "catalogue", new Bilingual("", ""), List.of());
        return new Scorecard("s1", 3, 0.95, 48, List.of(time, capacity),
                List.of(new Scorecard.Indicator("deaths", new Bilingual("死亡", "deaths"), "people", 3.2, 3.6, -0.4, 6.8)));
    }

    @Test
    void runJsonReadsBackAsWritten(@TempDir Path dir) throws Exception {
        Path f = dir.resolve(RunFiles.RUN);
        Files.writeString(f, run().toJson());
        assertEquals(run(), RunFiles.readRun(f));
        String text = Files.readString(f);
        assertTrue(text.startsWith("{\n  \"format\": 1,\n  \"tool\": \"DrillSim 0.1.0\",\n"), text);
        assertTrue(text.contains("\"seed\": 20261204,"), "whole numbers without a fraction");
        assertTrue(text.contains("\"bbox\": [\n      126.5,"), "two-space indentation");
    }

    @Test
    void scorecardNaNIsNullInTheFileAndNaNWhenRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve(RunFiles.SCORECARD);
        Files.writeString(f, scorecard().toJson());
        String text = Files.readString(f);
        assertTrue(text.contains("\"requiredShare\": null"), "capacity target has no required share");
        assertTrue(text.contains("\"clock\": null"));
        assertTrue(text.contains("\"passRate\": 0.333333"));
        Scorecard back = RunFiles.readScorecard(f);
        assertEquals(scorecard(), back);
        assertTrue(Double.isNaN(back.target("medical-2h").perReplication().get(1)));
        assertTrue(back.target("medical-2h").isResponseTime());
        assertNull(back.target("shelter-area").clock());
        assertTrue(Double.isNaN(back.target("shelter-area").requiredShare()));
    }

    @Test
    void absentFieldsReadAsNaNOrEmpty(@TempDir Path dir) throws Exception {
        Path f = dir.resolve(RunFiles.SCORECARD);
        Files.writeString(f, "{\"targets\":[{\"id\":\"x\",\"kind\":\"capacity\"}], \"future\": 1}");
        Scorecard s = RunFiles.readScorecard(f);
        assertTrue(Double.isNaN(s.targets().get(0).lateMean()), "a number the file leaves out is unknown, not 0");
        assertEquals(List.of(), s.targets().get(0).causes());
        assertEquals(List.of(), s.indicators());
    }

    @Test
    void timedLayerNamesRoundTrip() {
        assertEquals("hazard-1.5h.geojson", RunFiles.timedLayer(RunFiles.HAZARD_PREFIX, 1.5));
        assertEquals("closed-roads-6h.geojson", RunFiles.timedLayer(RunFiles.CLOSED_ROADS_PREFIX, 6));
        assertEquals(new RunFiles.TimedLayer("closed-roads", 6), RunFiles.timedLayer("closed-roads-6h.geojson"));
        assertNull(RunFiles.timedLayer("roads.geojson"));
    }
}
