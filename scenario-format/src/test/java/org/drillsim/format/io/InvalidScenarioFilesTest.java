package org.drillsim.format.io;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every malformed file under {@code scenario-files/invalid} gives exactly the one-line error listed
 * for it in {@code expected-errors.txt} ({@code name<TAB>line:col: field: message}).
 */
class InvalidScenarioFilesTest {
    static final Path DIR = Path.of("src/test/resources/scenario-files/invalid");
    static final Path EXPECTED = Path.of("src/test/resources/scenario-files/expected-errors.txt");

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.sorted().toList();
        }
    }

    static Map<String, String> expected() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            m.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return m;
    }

    /** The single error of a file, as {@code line:col: field: message} (without the file name). */
    static String errorOf(Path file) {
        try {
            ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            assertEquals(1, e.errors().size(), file + " should give exactly one error, got:\n" + e.getMessage());
            String line = e.errors().get(0).toString();
            String prefix = file + ":";
            assertTrue(line.startsWith(prefix), line);
            return line.substring(prefix.length());
        }
        return fail(file + " loaded without errors");
    }

    @Test
    void thereAreAtLeastThirtyMalformedFilesEachWithAnExpectation() throws IOException {
        List<Path> files = files();
        assertTrue(files.size() >= 30, "only " + files.size() + " malformed files");
        Map<String, String> expected = expected();
        if (Boolean.getBoolean("drillsim.updateExpected")) {
            StringBuilder sb = new StringBuilder("# file<TAB>line:col: field: message — one line per malformed scenario\n");
            for (Path f : files) {
                sb.append(f.getFileName()).append('\t').append(errorOf(f)).append('\n');
            }
            Files.writeString(EXPECTED, sb.toString(), StandardCharsets.UTF_8);
            expected = expected();
        }
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(f.getFileName().toString()));
        assertEquals(names, new ArrayList<>(expected.keySet()), "expected-errors.txt must list every file, sorted");
    }

    @TestFactory
    Stream<DynamicTest> eachFileGivesItsExactError() throws IOException {
        Map<String, String> expected = expected();
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> assertEquals(expected.get(f.getFileName().toString()), errorOf(f))));
    }
}
