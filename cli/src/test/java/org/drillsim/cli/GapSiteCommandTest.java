package org.drillsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code drillsim gap} and {@code drillsim site} on the synthetic-small scenario, as a user runs them. */
class GapSiteCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int gap(String... args) {
        return new CommandLine(new GapCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
    }

    private int site(String... args) {
        return new CommandLine(new SiteCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
    }

    @Test
    void gapWritesTheRunDirectoryWithGapJson(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, gap("synthetic-small", "-n", "3", "--threads", "2", "--resources", "ambulance",
                "--out", run.toString()), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("medical-2h") && text.contains("救护车") && text.contains("ambulances"), text);
        assertTrue(Files.exists(run.resolve("scorecard.json")) && Files.exists(run.resolve("events.jsonl")));
        JsonNode gap = new ObjectMapper().readTree(run.resolve("gap.json").toFile());
        assertEquals("synthetic-small", gap.get("scenario").asText());
        assertEquals(3, gap.get("replications").asInt());
        assertEquals("ambulance", gap.get("resources").get(0).get("id").asText());
    }

    @Test
    void siteWritesSitesFilesAndBeforeAfter(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, site("synthetic-small", "--kind", "ambulance-base", "--add", "1", "-n", "2", "--threads", "2",
                "--out", run.toString()), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("new-ambulance-base-1") && text.contains("选址前 / before"), text);
        JsonNode sites = new ObjectMapper().readTree(run.resolve("sites.json").toFile());
        assertEquals(1, sites.get("proposed").size());
        assertTrue(sites.get("targets").get(0).has("after"));
        JsonNode geo = new ObjectMapper().readTree(run.resolve("sites.geojson").toFile());
        assertEquals("FeatureCollection", geo.get("type").asText());
    }

    @Test
    void badInputIsOneLineAndExitCode2(@TempDir Path dir) {
        assertEquals(2, gap("synthetic-small", "--confidence", "1.5", "--out", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("confidence must be in"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, gap("synthetic-small", "--resources", "helicopter", "--out", dir.resolve("x").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown or absent resource 'helicopter'"));
        assertEquals(2, site("synthetic-small", "--kind", "hospital", "--add", "1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown kind 'hospital'"));
        assertEquals(2, site("synthetic-small", "--kind", "depot", "--add", "1", "--within", "soon"));
        assertEquals(2, gap("no-such-scenario"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file and no built-in scenario"));
        assertTrue(Files.notExists(dir.resolve("x").resolve("gap.json")), "nothing written for a bad resource");
    }

    @Test
    void existingNonEmptyOutIsRefusedBeforeTheWork(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("events.jsonl"), "an earlier run\n");
        assertEquals(2, gap("synthetic-small", "-n", "2", "--out", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("add --force"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, site("synthetic-small", "--kind", "depot", "--add", "1", "--out", ""));
        assertEquals("an earlier run\n", Files.readString(dir.resolve("events.jsonl")));
    }
}
