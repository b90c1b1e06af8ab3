package org.drillsim.hazards.chemical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.ChemicalLeakSpec;
import org.junit.jupiter.api.Test;

/** The Harbin chlorine car: the rate follows from its 1-inch liquid valve and the car empties. */
class TankReleaseTest {

    @Test
    void harbinCarRateFromItsHoleAndTheCarEmpties() throws Exception {
        ChemicalLeakSpec c = (ChemicalLeakSpec) ScenarioLibrary.load("harbin-chlorine-leak").hazards().get(0);
        // by hand: 0.61 · π/4 · 0.0254² · √(2 · 1468 · 270000) = 8.70 kg/s
        double byHand = 0.61 * Math.PI / 4 * 0.0254 * 0.0254 * Math.sqrt(2 * 1468 * 270_000.0);
        assertEquals(byHand * 1000, ChemicalLeakType.releaseRateGs(c), 1e-6);
        assertEquals(8.70, byHand, 0.005);
        PlumeParams p = ChemicalLeakType.params(c);
        long emptyMs = Math.round(30_000 / byHand * 1000);
        assertEquals(emptyMs, p.releaseStopMs(), 1);
        // conservation: what leaves is the inventory
        assertEquals(30_000, p.releaseRateGs() / 1000 * p.releaseStopMs() / 1000, 0.01);
        // a hazmat team arriving after the car is empty does not prolong the release; one arriving before ends it
        assertEquals(emptyMs, p.withReleaseStop(emptyMs + 3_600_000L).releaseStopMs());
        assertEquals(1_800_000L, p.withReleaseStop(1_800_000L).releaseStopMs());
        // the plume leaves after the car is empty
        GaussianPlume plume = new GaussianPlume(p, 12, ChemicalLeakType.meteo(c));
        assertTrue(plume.footprintAt(30 * 60_000L).zones().size() > 0);
        assertTrue(plume.footprintAt(emptyMs + 3 * 3_600_000L).zones().isEmpty(), "the cloud has gone 3 h after");
    }
}
