package org.drillsim.format.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A path named in a scenario stays inside the scenario's folder unless the user allows more. */
class ScenarioPathsTest {

    @Test
    void aFileInsideTheFolderResolves(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        assertEquals(dir.toAbsolutePath().resolve("data/extents.geojson").normalize(),
                ScenarioPaths.resolve(dir, "data/extents.geojson"));
        assertEquals(dir.toAbsolutePath().resolve("x.geojson").normalize(), ScenarioPaths.resolve(dir, "data/../x.geojson"));
    }

    @Test
    void parentAndAbsolutePathsAreRefused(@TempDir Path dir) {
        Path scenarioDir = dir.resolve("scenario");
        IllegalArgumentException up = assertThrows(IllegalArgumentException.class,
                () -> ScenarioPaths.resolve(scenarioDir, "../secrets.geojson"));
        assertTrue(up.getMessage().contains("leaves the scenario's folder"), up.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScenarioPaths.resolve(scenarioDir, dir.resolve("other.geojson").toString()));
    }

    @Test
    void aLinkInsideThatPointsOutsideIsRefused(@TempDir Path dir) throws IOException {
        Path scenarioDir = Files.createDirectories(dir.resolve("scenario"));
        Path outside = Files.writeString(dir.resolve("outside.geojson"), "{}");
        Files.createSymbolicLink(scenarioDir.resolve("link.geojson"), outside);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioPaths.resolve(scenarioDir, "link.geojson"));
        assertTrue(e.getMessage().contains("links outside"), e.getMessage());
    }

    @Test
    void theUserMayAllowOtherPlaces(@TempDir Path dir) {
        System.setProperty("drillsim.allowPaths", "true");
        try {
            assertEquals(dir.toAbsolutePath().resolve("other.geojson").normalize(),
                    ScenarioPaths.resolve(dir.resolve("scenario"), "../other.geojson"));
        } finally {
            System.clearProperty("drillsim.allowPaths");
        }
    }
}
