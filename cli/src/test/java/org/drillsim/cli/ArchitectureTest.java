package org.drillsim.cli;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The house of DESIGN.md, checked on the compiled product (cli sees every product module; bench, which only
 * benchmarks, is counted for the line shares but not imported): no package cycle, no module above 20 % of the
 * main lines, and no module arrow running against the house.
 */
class ArchitectureTest {
    /** The arrows of DESIGN.md "The house"; a module may use what its arrows reach, directly or further down. */
    static final Map<String, Set<String>> HOUSE = Map.ofEntries(
            Map.entry("cli", Set.of("trainer-ui", "drill", "analysis", "exporters", "world", "scenario-format", "inventory", "register")),
            // the drill register reads run directories and writes its report with the exporters' writers
            Map.entry("register", Set.of("exporters", "run-format")),
            Map.entry("inventory", Set.of("scenario-format")),
            Map.entry("trainer-ui", Set.of("drill", "analysis", "exporters", "world")),
            // the joint drill: server, seats by role, protocol and headless client (issue 12)
            Map.entry("drill", Set.of("world")),
            Map.entry("analysis", Set.of("world", "run-format", "sim-core")),
            Map.entry("response-*", Set.of("world", "hazards", "scenario-format", "sim-core")),
            Map.entry("exporters", Set.of("run-format")),
            Map.entry("world", Set.of("hazards", "geodata", "routing", "sim-core", "run-format")),
            // hazard types read river water and fuel polygons from the OSM layers (HazardContext)
            Map.entry("hazards", Set.of("scenario-format", "geodata", "routing")),
            Map.entry("geodata", Set.of("scenario-format", "routing")),
            Map.entry("scenario-format", Set.of()),
            Map.entry("run-format", Set.of()),
            Map.entry("routing", Set.of()),
            Map.entry("sim-core", Set.of()),
            Map.entry("bench", Set.of("cli")),
            // ./drillsim sweep: its own jar, so Spark stays out of the product jar
            Map.entry("sweep", Set.of("analysis")));

    /**
     * Arrows that run against the house today, each to be removed by the work named; {@link #knownGapsAreStillReal}
     * fails once one is gone, so its line here goes too and the rule tightens.
     */
    static final Map<String, Set<String>> KNOWN_GAPS = Map.of(
            // SnapshotBuilder reads the medical and relief state directly, not through a capability view
            "trainer-ui", Set.of("response-medical", "response-relief"));

    static final double MAX_SHARE = 0.20;

    static Path root;
    static List<String> modules;
    static Map<String, String> moduleOfPackage;
    static JavaClasses classes;

    @BeforeAll
    static void importProduct() throws IOException {
        // tests run in the module directory; the repository root is its parent
        root = Path.of("").toAbsolutePath().getParent();
        modules = modules(root);
        assertTrue(modules.contains("cli"), "no <module>cli</module> in " + root.resolve("pom.xml"));
        moduleOfPackage = new TreeMap<>();
        for (String m : modules) {
            for (String p : packages(root.resolve(m).resolve("src/main/java"))) {
                String other = moduleOfPackage.put(p, m);
                assertTrue(other == null, "package " + p + " is split between " + other + " and " + m);
            }
        }
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.drillsim");
    }

    @Test
    void everyProductModuleIsOnTheClasspathOfThisTest() {
        Set<String> seen = new TreeSet<>();
        for (JavaClass c : classes) {
            seen.add(moduleOf(c));
        }
        Set<String> expected = new TreeSet<>(modules);
        expected.remove("bench");
        // sweep has its own jar (Spark): cli cannot put it on its classpath without Spark in the product jar
        expected.remove("sweep");
        assertEquals(expected, seen, "modules whose classes this test checks");
    }

    @Test
    void noPackageCycle() {
        slices().matching("org.drillsim.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noModuleAboveTwentyPercentOfTheMainLines() throws IOException {
        Map<String, Long> lines = new TreeMap<>();
        long total = 0;
        for (String m : modules) {
            long n = javaLines(root.resolve(m).resolve("src/main/java"));
            lines.put(m, n);
            total += n;
        }
        assertTrue(total > 10_000, "counted only " + total + " main lines under " + root);
        List<String> over = new ArrayList<>();
        for (var e : lines.entrySet()) {
            if (e.getValue() > MAX_SHARE * total) {
                over.add(String.format("%s %d lines = %.1f %%", e.getKey(), e.getValue(), 100.0 * e.getValue() / total));
            }
        }
        assertTrue(over.isEmpty(), "above 20 % of " + total + " main lines: " + over + "; all: " + lines);
    }

    @Test
    void everyModuleHasItsRoomInTheHouse() {
        for (String m : modules) {
            assertTrue(HOUSE.containsKey(room(m)), m + " is not in DESIGN.md's house: add its arrows to HOUSE");
        }
    }

    @Test
    void noModuleDependsAgainstTheHouse() {
        Map<String, Set<String>> actual = moduleDependencies();
        List<String> wrong = new ArrayList<>();
        for (var e : actual.entrySet()) {
            Set<String> allowed = reach(e.getKey());
            allowed.addAll(KNOWN_GAPS.getOrDefault(e.getKey(), Set.of()));
            for (String target : e.getValue()) {
                if (!allowed.contains(target)) {
                    wrong.add(e.getKey() + " -> " + target + " (" + example(e.getKey(), target) + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), "arrows against DESIGN.md's house: " + wrong);
    }

    /** The arrows named in issue 10: spelled out so that a change of HOUSE cannot drop them unnoticed. */
    @Test
    void theLowerRoomsStayBelow() {
        for (String low : List.of("hazards", "geodata", "scenario-format", "routing", "sim-core", "exporters")) {
            assertFalse(reach(low).contains("world"), low + " must not reach world");
        }
        assertFalse(reach("exporters").contains("analysis"));
        assertFalse(reach("response-medical").contains("response-relief"));
        assertFalse(reach("response-relief").contains("response-medical"));
        assertTrue(reach("cli").contains("sim-core"), "the closure follows arrows down");
    }

    @Test
    void knownGapsAreStillReal() {
        Map<String, Set<String>> actual = moduleDependencies();
        for (var e : KNOWN_GAPS.entrySet()) {
            for (String target : e.getValue()) {
                assertTrue(actual.getOrDefault(e.getKey(), Set.of()).contains(target),
                        e.getKey() + " no longer depends on " + target + ": delete it from KNOWN_GAPS");
                assertFalse(reach(e.getKey()).contains(target), e.getKey() + " -> " + target + " is in the house");
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Module → the other modules its main classes use. */
    static Map<String, Set<String>> moduleDependencies() {
        Map<String, Set<String>> deps = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = moduleOf(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass t = d.getTargetClass().getBaseComponentType();
                if (t.getPackageName().startsWith("org.drillsim.") && !t.getPackageName().startsWith("org.drillsim.bench")) {
                    String to = moduleOf(t);
                    if (!to.equals(from)) {
                        deps.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    }
                }
            }
        }
        return deps;
    }

    static String example(String from, String to) {
        for (JavaClass c : classes) {
            if (moduleOf(c).equals(from)) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass t = d.getTargetClass().getBaseComponentType();
                    if (t.getPackageName().startsWith("org.drillsim.") && moduleOf(t).equals(to)) {
                        return d.getDescription();
                    }
                }
            }
        }
        return "?";
    }

    static String moduleOf(JavaClass c) {
        String m = moduleOfPackage.get(c.getPackageName());
        if (m == null) {
            fail(c.getName() + " is in no module's src/main/java (a stale class? run mvn clean)");
        }
        return m;
    }

    /** The house's room of a module: the response capabilities share one. */
    static String room(String module) {
        return module.startsWith("response-") ? "response-*" : module;
    }

    /** Every module the arrows of {@code module} reach, transitively (not itself). */
    static Set<String> reach(String module) {
        Set<String> out = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(HOUSE.getOrDefault(room(module), Set.of()));
        while (!todo.isEmpty()) {
            String m = todo.pop();
            if (out.add(m)) {
                todo.addAll(HOUSE.getOrDefault(room(m), Set.of()));
            }
        }
        return out;
    }

    static List<String> modules(Path root) throws IOException {
        String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        while (m.find()) {
            out.add(m.group(1).trim());
        }
        return out;
    }

    static Set<String> packages(Path src) throws IOException {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(src)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .forEach(f -> out.add(src.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), ".")));
        }
        return out;
    }

    static long javaLines(Path src) throws IOException {
        if (!Files.isDirectory(src)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(f -> f.toString().endsWith(".java")).mapToLong(f -> {
                try {
                    return Files.readAllLines(f, StandardCharsets.UTF_8).size();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
