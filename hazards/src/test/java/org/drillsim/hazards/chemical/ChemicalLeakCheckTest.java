package org.drillsim.hazards.chemical;

import org.drillsim.format.io.HazardSpecCheck;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.hazards.HazardTypeChecks;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chemical check of {@link ChemicalLeakType} reaches the loader through the registry and reports at the spec's line. */
class ChemicalLeakCheckTest {

    @Test
    void theLoaderFindsTheRegistrysCheckOnTheClassPath() {
        assertTrue(HazardSpecCheck.installed().stream().anyMatch(c -> c instanceof HazardTypeChecks));
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
