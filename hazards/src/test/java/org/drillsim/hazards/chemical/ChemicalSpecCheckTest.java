package org.drillsim.hazards.chemical;

import org.drillsim.format.io.HazardSpecCheck;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chemical check is registered with the loader and reports at the spec's line like every other check. */
class ChemicalSpecCheckTest {

    @Test
    void theLoaderFindsTheCheckOnTheClassPath() {
        assertTrue(HazardSpecCheck.installed().stream().anyMatch(c -> c instanceof ChemicalSpecCheck));
    }

    @Test
    void anUnknownChemicalIsOneErrorAtItsLine() {
        Path file = Path.of("src/test/resources/scenario-files/unknown-chemical.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(1, e.errors().size(), e.getMessage());
        assertEquals(file + ":42:15: hazards[1].chemical: unknown chemical 'phosgene'; expected one of: ammonia, benzene,"
                + " chlorine, hydrogen-chloride, hydrogen-sulfide, sulfur-dioxide", e.errors().get(0).toString());
    }
}
