package org.drillsim.analysis.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.runformat.RunFiles;
import org.drillsim.runformat.RunInfo;
import org.drillsim.runformat.Scorecard;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replications of the synthetic scenario: thread-count independence, identical logs, the run directory. */
class ScenarioRunnerTest {
    static ScenarioSite site;

    @BeforeAll
    static void load() throws Exception {
        site = SiteLoader.load(ScenarioLibrary.load("synthetic-small"), null, null, null);
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalScorecardsAndLogs() {
        StringBuilder log1 = new StringBuilder();
        StringBuilder log2 = new StringBuilder();
        List<ReplicationOutcome> a = ScenarioRunner.run(new ScenarioRunner.Plan(site, 11, 4, 1, log1, null));
        List<ReplicationOutcome> b = ScenarioRunner.run(new ScenarioRunner.Plan(site, 11, 4, 2, log2, null));
        for (int i = 0; i < 4; i++) {
            assertEquals(a.get(i).scorecard(), b.get(i).scorecard(), "replication " + (i + 1));
        }
        assertTrue(log1.length() > 10_000);
        assertEquals(log1.toString(), log2.toString(), "events.jsonl is byte-identical");
        assertTrue(log1.toString().lines().allMatch(l -> l.contains("\"rep\":1,")), "only replication 1 is logged");
        RunSummary s1 = RunSummary.of(a);
        RunSummary s2 = RunSummary.of(b);
        assertEquals(s1.target("medical-2h").value(), s2.target("medical-2h").value());
    }

    @Test
    void scriptedClosuresAreWrittenAsClosuresNotBlockages(@TempDir Path dir) throws Exception {
        RunDirectoryWriter w = new RunDirectoryWriter(dir.resolve("run"));
        List<ReplicationOutcome> out;
        try (var events = w.openEvents()) {
            out = ScenarioRunner.run(new ScenarioRunner.Plan(site, 3, 1, 1, events, null));
        }
        w.commitEvents();
        w.write(site, 3, 1, out, RunSummary.of(out), 1.0, List.of());
        // the T+6 h inject closes the Songhua road bridge for good; the flood spares bridges, no crew reopens it
        int bridge = 0;
        try (var files = Files.list(dir.resolve("run/map"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("closed-roads-")).toList()) {
                for (JsonNode feature : new ObjectMapper().readTree(f.toFile()).get("features")) {
                    JsonNode p = feature.get("properties");
                    if (p.get("name").asText().equals("松花江公路大桥")) {
                        assertEquals("closure", p.get("cause").asText(), f.getFileName().toString());
                        bridge++;
                    }
                }
            }
        }
        assertTrue(bridge > 0, "the closed bridge is on the maps after T+6 h");
    }

    @Test
    void runDirectoryHoldsEveryFileWithTheDocumentedShape(@TempDir Path dir) throws Exception {
        RunDirectoryWriter w = new RunDirectoryWriter(dir.resolve("run"));
        List<ReplicationOutcome> out;
        try (var events = w.openEvents()) {
            out = ScenarioRunner.run(new ScenarioRunner.Plan(site, 3, 3, 2, events, null));
        }
        w.commitEvents();
        RunSummary sum = RunSummary.of(out);
        w.write(site, 3, 2, out, sum, 1.5, List.of("note"));
        Path run = dir.resolve("run");
        for (String f : List.of("run.json", "scorecard.json", "events.jsonl", "served.csv", "timeseries.csv",
                "map/facilities.geojson", "map/unmet-demand.geojson", "map/index.json")) {
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        }
        try (var files = Files.list(run)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")), "no temporary files left");
        }
        ObjectMapper m = new ObjectMapper();
        JsonNode sc = m.readTree(run.resolve("scorecard.json").toFile());
        assertEquals(3, sc.get("replications").asInt());
        JsonNode med = sc.get("targets").get(0);
        assertEquals("medical-2h", med.get("id").asText());
        assertEquals("000", med.get("source").get("file").asText());
        assertEquals(3, med.get("perReplication").size());
        double mean = med.get("value").get("mean").asDouble();
        assertEquals(sum.target("medical-2h").value().mean(), mean, 1e-6);
        assertTrue(med.get("value").get("low").asDouble() <= mean && mean <= med.get("value").get("high").asDouble());
        JsonNode runJson = m.readTree(run.resolve("run.json").toFile());
        assertEquals("synthetic-small", runJson.get("scenario").get("id").asText());
        // the readers' view: the same files through the run-format records
        Scorecard typed = RunFiles.readScorecard(run.resolve(RunFiles.SCORECARD));
        assertEquals(mean, typed.target("medical-2h").value().mean(), 1e-6);
        assertTrue(typed.target("medical-2h").isResponseTime());
        assertEquals(3, typed.target("medical-2h").perReplication().size());
        assertEquals(sc.get("indicators").size(), typed.indicators().size());
        RunInfo info = RunFiles.readRun(run.resolve(RunFiles.RUN));
        assertEquals(3, info.seed());
        assertEquals(List.of("note"), info.notes().subList(0, 1));
        List<String> served = Files.readAllLines(run.resolve("served.csv"));
        assertEquals("elapsed_h,medical-2h.share,living-12h.share,supplies-10h.share,road-24h.share", served.get(0));
        // the share served can only grow with the elapsed time
        double prev = -1;
        for (String line : served.subList(1, served.size())) {
            double v = Double.parseDouble(line.split(",", -1)[1]);
            assertTrue(v >= prev, line);
            prev = v;
        }
        JsonNode hazard = m.readTree(run.resolve("map/hazard-24h.geojson").toFile());
        assertEquals("FeatureCollection", hazard.get("type").asText());
        assertTrue(hazard.get("features").size() > 0, "the flood covers land at 24 h");
    }
}
