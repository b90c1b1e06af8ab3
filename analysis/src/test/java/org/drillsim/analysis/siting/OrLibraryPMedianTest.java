package org.drillsim.analysis.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrLibraryPMedianTest {
    @TempDir
    Path temp;

    /** Within 1 % of the proven optimum, and the Lagrangian bound never above it. */
    @ParameterizedTest
    @ValueSource(strings = {"pmed1", "pmed6", "pmed11", "pmed14", "pmed26"})
    void solvesOrLibraryInstancesWithinOnePercent(String name) {
        Path dir = OrLibraryPMedian.locateDirectory();
        double optimum = OrLibraryPMedian.readOptima(dir.resolve("pmedopt.txt")).get(name);
        OrLibraryPMedian.Instance instance = OrLibraryPMedian.read(dir.resolve(name + ".txt"));
        SitingResult result = new SitingSolver().pMedian(instance.problem());
        double gap = 100 * (result.value() - optimum) / optimum;
        assertTrue(gap >= 0, name + ": value " + result.value() + " below the proven optimum " + optimum);
        assertTrue(gap <= 1.0, name + ": " + result.value() + " is " + gap + " % above the optimum " + optimum);
        assertTrue(result.bound() <= optimum, name + ": bound " + result.bound() + " above the optimum " + optimum);
        assertEquals(result.value(), BruteForce.medianCost(instance.problem(), result.openSites()), 1e-9);
    }

    /**
     * Four vertices on a path 1–2–3–4 (lengths 5, 2, 7), the edge 1–2 given twice (the last, 5,
     * wins over 9), plus a long edge 1–4 of 20 that the shortest paths avoid (1→4 = 14).
     */
    @Test
    void readsTheFormatLastDuplicateWinsAndComputesShortestPaths() throws IOException {
        Path file = temp.resolve("tiny.txt");
        Files.writeString(file, " 4 5 2 \n 1 2 9 \n 2 3 2 \n 3 4 7 \n 1 4 20 \n 2 1 5 \n");
        OrLibraryPMedian.Instance instance = OrLibraryPMedian.read(file);
        CostMatrix c = instance.problem().costs();
        assertEquals(4, c.demandCount());
        assertEquals(5, c.cost(0, 1));
        assertEquals(7, c.cost(0, 2));
        assertEquals(14, c.cost(0, 3));
        assertEquals(14, c.cost(3, 0));
        assertEquals(0, c.cost(2, 2));
        assertEquals(2, instance.problem().newSites());
        // Two medians: {1, 4} costs 5 + 7 = 12 (2 from 1, 3 from 4); {2, 4} costs 5 + 2 = 7.
        SitingResult result = new SitingSolver().pMedian(instance.problem());
        assertEquals(7, result.value());
        assertEquals(7, result.bound());
    }

    @Test
    void malformedFilesNameFileAndLine() throws IOException {
        Path bad = temp.resolve("bad.txt");
        Files.writeString(bad, "3 2 1\n1 2 4\n1 x 5\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrLibraryPMedian.read(bad));
        assertTrue(e.getMessage().contains("bad.txt:3") && e.getMessage().contains("'x'"), e.getMessage());

        Files.writeString(bad, "3 2 1\n1 2 4\n1 4 5\n");
        e = assertThrows(IllegalArgumentException.class, () -> OrLibraryPMedian.read(bad));
        assertTrue(e.getMessage().contains("bad.txt:3") && e.getMessage().contains("1..3"), e.getMessage());

        Files.writeString(bad, "3 2 1\n1 2 4\n");
        e = assertThrows(IllegalArgumentException.class, () -> OrLibraryPMedian.read(bad));
        assertTrue(e.getMessage().contains("found 1"), e.getMessage());

        Files.writeString(bad, "3 1 1\n1 2 4\n");
        e = assertThrows(IllegalArgumentException.class, () -> OrLibraryPMedian.read(bad));
        assertTrue(e.getMessage().contains("not reachable"), e.getMessage());
    }

    @Test
    void readsTheProvenOptima() {
        Map<String, Double> optima = OrLibraryPMedian.readOptima(OrLibraryPMedian.locateDirectory().resolve("pmedopt.txt"));
        assertEquals(40, optima.size());
        assertEquals(5819, optima.get("pmed1"));
        assertEquals(5128, optima.get("pmed40"));
    }
}
