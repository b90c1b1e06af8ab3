package org.drillsim.analysis.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.runformat.EventTypes;
import org.drillsim.runformat.RunFiles;
import org.drillsim.world.SiteLoader;
import org.junit.jupiter.api.Test;

/**
 * The event types the report reads ({@link EventTypes#KEY}) against the ones the model emits: every one has an
 * emitting call in world or a response module (medical, relief, comms, levels), through the constant, and none is spelled as a
 * literal there (where a typo would silently drop it from the report).
 */
class EventTypesAgreementTest {
    /** The emitting modules' sources, relative to this module's directory. */
    private static final List<Path> EMITTERS = List.of(Path.of("../world/src/main/java"),
            Path.of("../response-medical/src/main/java"), Path.of("../response-relief/src/main/java"),
            Path.of("../response-comms/src/main/java"), Path.of("../response-levels/src/main/java"));

    private static String emittingCode() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Path root : EMITTERS) {
            assertTrue(Files.isDirectory(root), "run from the module directory: " + root.toAbsolutePath());
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    sb.append(Files.readString(f)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The {@code .event(time, type)} openings in the code: the type argument as written. */
    private static List<String> typeArguments(String code) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\.event\\(([^,;]+(?:\\([^()]*\\))?[^,;]*),\\s*([^)]+?)\\)").matcher(code);
        while (m.find()) {
            out.add(m.group(2).trim());
        }
        return out;
    }

    @Test
    void everyTypeTheReportReadsIsEmittedThroughItsConstant() throws Exception {
        String code = emittingCode();
        List<String> args = typeArguments(code);
        assertTrue(args.size() > 50, "found the emitting calls: " + args.size());
        Set<String> missing = new TreeSet<>();
        for (Field f : EventTypes.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class || f.getName().endsWith("_PREFIX")) {
                continue;
            }
            String type = (String) f.get(null);
            assertTrue(EventTypes.KEY.contains(type), f.getName() + " is read by the report");
            boolean emitted = args.stream().anyMatch(a -> a.matches(".*\\bEventTypes\\." + f.getName() + "\\b.*"));
            if (!emitted) {
                missing.add(type);
            }
        }
        assertEquals(Set.of(), missing, "types the report reads but nothing emits");
        for (String a : args) {
            for (String type : EventTypes.KEY) {
                assertTrue(!a.contains("\"" + type + "\""), "emit " + type + " through EventTypes, not the literal: " + a);
            }
        }
    }

    @Test
    void injectEffectsKeepTheirPrefix() throws Exception {
        for (String a : typeArguments(emittingCode())) {
            if (a.startsWith("\"inject")) {
                assertTrue(a.equals("\"" + EventTypes.INJECT + "\"") || a.startsWith("\"" + EventTypes.INJECT_PREFIX), a);
            }
        }
    }

    @Test
    void syntheticSmallEmitsShelterFullAndStockOut() throws Exception {
        var site = SiteLoader.load(ScenarioLibrary.load("synthetic-small"), null, null, null);
        StringBuilder log = new StringBuilder();
        ScenarioRunner.run(new ScenarioRunner.Plan(site, 20261204L, 1, 1, log, null));
        Set<String> types = new TreeSet<>();
        for (String line : log.toString().split("\n")) {
            if (!line.isBlank()) {
                types.add(RunFiles.event(line).path("type").asText());
            }
        }
        // seed 20261204: two schools fill up, the city depot runs out of quilts and tents
        assertTrue(types.contains(EventTypes.SHELTER_FULL), types.toString());
        assertTrue(types.contains(EventTypes.STOCK_OUT), types.toString());
        assertTrue(types.containsAll(Set.of(EventTypes.WORLD, EventTypes.END, EventTypes.COMMAND)), types.toString());
    }
}
