package org.drillsim.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code drillsim validate}: each malformed scenario of the scenarios module's test resources prints
 * exactly its expected one-line error and exits 2; the library and a valid file exit 0; no stack traces.
 */
class ValidateCommandTest {
    static final Path FILES = Path.of("../scenario-format/src/test/resources/scenario-files");

    record Result(int exit, String out, String err) {
    }

    static Result validate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = new CommandLine(new ValidateCommand(o, e)).execute(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Map<String, String> expected() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FILES.resolve("expected-errors.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int tab = line.indexOf('\t');
                m.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return m;
    }

    @TestFactory
    Stream<DynamicTest> eachMalformedFileExitsTwoWithItsOneLineError() throws IOException {
        Map<String, String> expected = expected();
        assertTrue(expected.size() >= 30);
        return expected.entrySet().stream().map(en -> DynamicTest.dynamicTest(en.getKey(), () -> {
            Path f = FILES.resolve("invalid").resolve(en.getKey());
            Result r = validate("--no-map-check", f.toString());
            assertEquals(2, r.exit, r.err);
            List<String> lines = r.err.lines().toList();
            assertEquals(f + ":" + en.getValue(), lines.get(0));
            assertEquals(2, lines.size(), "one error line and the summary: " + r.err);
            assertFalse(r.err.contains("\tat "), "no stack trace");
            assertTrue(r.out.isEmpty());
        }));
    }

    @Test
    void validFilesAndLibraryIdsExitZero() {
        Result r = validate("--no-map-check", FILES.resolve("valid/full.yaml").toString(), "synthetic-small");
        assertEquals(0, r.exit, r.err);
        assertEquals(2, r.out.lines().count(), r.out);
        assertTrue(r.out.contains("合成城市小型洪水"), r.out);
    }

    @Test
    void severalFilesReportAllAndExitTwoIfAnyIsBad() {
        Result r = validate("--no-map-check", "synthetic-small", FILES.resolve("invalid/negative-beds.yaml").toString());
        assertEquals(2, r.exit);
        assertTrue(r.out.contains("synthetic-small"));
        assertTrue(r.err.contains("beds: expected a value in [0, 20000], got -5"), r.err);
    }

    @Test
    void missingMapExtractIsAnErrorOnTheMapLine() throws IOException {
        Path dir = Files.createTempDirectory("drillsim-validate");
        Path f = dir.resolve("nomap.yaml");
        String text = Files.readString(FILES.resolve("valid/base-for-invalid.yaml"))
                .replace("  synthetic: {seed: 7, approxNodes: 2500}", "  extract: no-such-city.osm.pbf");
        Files.writeString(f, text);
        Result r = validate(f.toString());
        assertEquals(2, r.exit);
        String first = r.err.lines().findFirst().orElse("");
        assertTrue(first.startsWith(f + ":5:12: map.extract: map extract 'no-such-city.osm.pbf' not found in "), first);
    }

    @Test
    void theDeepCheckBuildsHazardsOnTheMapAndPointsAtTheHazard(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("fire.yaml");
        String text = org.drillsim.format.library.ScenarioLibrary.text("harbin-forest-fire")
                .replace("ignition: {lat: 45.67695, lon: 126.66036}", "ignition: {lat: 45.7600, lon: 126.6400}");
        Files.writeString(f, text);
        Result r = validate(f.toString());
        assertEquals(2, r.exit, r.err);
        String first = r.err.lines().findFirst().orElse("");
        assertTrue(first.startsWith(f + ":63:5: hazards[0]: fire south-woods.ignition: no fuel at the ignition point"), first);
        Result library = validate("harbin-forest-fire", "synthetic-small");
        assertEquals(0, library.exit, library.err);
    }

    @Test
    void aClosureMatchingNoRoadIsAWarningAndExitStaysZero(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("closure.yaml");
        String library = org.drillsim.format.library.ScenarioLibrary.text("synthetic-small");
        assertTrue(library.contains("roadName: 松花江公路大桥"));
        Files.writeString(f, library.replace("roadName: 松花江公路大桥", "roadName: 不存在的桥"));
        Result r = validate(f.toString());
        assertEquals(0, r.exit, r.err);
        List<String> lines = r.err.lines().toList();
        assertEquals(1, lines.size(), r.err);
        int line = library.lines().toList().indexOf(library.lines().filter(l -> l.contains("roadName: 松花江公路大桥")).findFirst().orElseThrow()) + 1;
        assertTrue(lines.get(0).startsWith(f + ":" + line + ":"), lines.get(0));
        assertTrue(lines.get(0).contains(": warning: injects[") && lines.get(0).contains("封闭道路注入在地图上匹配不到任何道路（道路名 不存在的桥，半径 400 米）")
                && lines.get(0).endsWith("(name 不存在的桥, within 400 m); it closes nothing"), lines.get(0));
        assertTrue(r.out.startsWith("✓ "), r.out);
        Result unchanged = validate("synthetic-small");
        assertEquals("", unchanged.err, "the library closure matches the bridge: no warning");
    }

    /**
     * A target no model feeds with the scenario's inputs is a warning on its line: grain-15d without reserves, comms-24h
     * without a communication team; living-12h (relief) is fed. The exit code stays 0.
     */
    @Test
    void aTargetNoModelFeedsIsAWarning(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("unfed.yaml");
        Files.writeString(f, """
                id: unfed-test
                name: {zh: 测试, en: test}
                map:
                  synthetic: {seed: 1, approxNodes: 500}
                population: {totalPeople: 10, source: test, gridCellM: 250, method: uniform}
                hazards:
                  - type: flood
                    id: test-hazard
                    riverPolygonsLonLat: [[[126.0, 45.0], [126.01, 45.0], [126.01, 45.01], [126.0, 45.01]]]
                    hydrograph: [{atHours: 0, stageM: 0}, {atHours: 1, stageM: 0}]
                targets:
                  - {id: grain-15d}
                  - {id: living-12h}
                  - {id: comms-24h}
                horizonHours: 4
                """);
        Result r = validate("--no-map-check", f.toString());
        assertEquals(0, r.exit, r.err);
        List<String> lines = r.err.lines().toList();
        assertEquals(2, lines.size(), r.err);
        assertTrue(lines.get(0).startsWith(f + ":12:") && lines.get(0).contains(": warning: targets[0]: ")
                && lines.get(0).contains("no model feeds target grain-15d"), lines.get(0));
        assertTrue(lines.get(1).startsWith(f + ":14:") && lines.get(1).contains("target comms-24h"), lines.get(1));
        assertEquals("", validate("--no-map-check", "harbin-songhua-flood").err, "the default flood feeds every target it lists");
    }

    @Test
    void noSuchFileIsOneLineAndExitTwo() {
        Result r = validate("does-not-exist.yaml");
        assertEquals(2, r.exit);
        assertTrue(r.err.startsWith("does-not-exist.yaml:0:0: (document): no such file"), r.err);
    }

    @Test
    void registeredInMain() {
        assertTrue(Main.commandLine().getSubcommands().containsKey("validate"));
    }
}
