package org.drillsim.hazards.fire;

import org.drillsim.hazards.Shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rothermel (1972) / Albini (1976): behaviour apart from the published values (those are in ModelChecksTest). */
class RothermelTest {

    private static final FuelMoisture ANDERSON_1982 = new FuelMoisture(8, 8, 8, 100, 100);

    // Anderson (1982) Table 1 rates of spread and flame lengths are in /hazard/reference-cases.csv (ModelChecksTest).

    @Test
    void fuelWetterThanExtinctionDoesNotBurn() {
        // Fuel model 1: dead moisture of extinction 12 %.
        FuelMoisture wet = new FuelMoisture(13, 13, 13, 100, 100);
        assertSame(SpreadResult.NONE, Rothermel.spread(FuelModels.get(1), wet, 3, 0, 0, 0));
    }

    @Test
    void windAndSlopeIncreaseSpreadAndSteerTheHead() {
        FuelModel grass = FuelModels.get(1);
        SpreadResult calm = Rothermel.spread(grass, ANDERSON_1982, 0, 0, 0, 0);
        SpreadResult windy = Rothermel.spread(grass, ANDERSON_1982, 3, 45, 0, 0);
        SpreadResult slope = Rothermel.spread(grass, ANDERSON_1982, 0, 0, 30, 200);
        assertEquals(calm.noWindNoSlopeRosMs(), calm.headRosMs(), 1e-12);
        assertEquals(1.0, calm.lengthToBreadth(), 1e-9);
        assertTrue(windy.headRosMs() > 3 * calm.headRosMs());
        assertEquals(45, windy.headDirectionDeg(), 1e-9);
        assertTrue(windy.lengthToBreadth() > 1.5);
        assertTrue(slope.headRosMs() > calm.headRosMs());
        assertEquals(200, slope.headDirectionDeg(), 1e-9);
        // Head > flank > back on the ellipse.
        double head = windy.rosInDirection(45);
        double flank = windy.rosInDirection(135);
        double back = windy.rosInDirection(225);
        assertEquals(windy.headRosMs(), head, 1e-12);
        assertTrue(head > flank && flank > back && back > 0);
    }

    @Test
    void ellipseShapeFollowsTheEffectiveWind() {
        // No slope: the effective wind is the midflame wind.
        SpreadResult s = Rothermel.spread(FuelModels.get(3), ANDERSON_1982, 4.0, 0, 0, 0);
        assertEquals(4.0, s.effectiveWindMs(), 1e-6);
        // Anderson (1983) / Finney (1998): 0.936 e^(0.2566·4) + 0.461 e^(−0.1548·4) − 0.397 = 2.4636
        assertEquals(2.4636, s.lengthToBreadth(), 1e-3);
        assertEquals(1.0, Rothermel.lengthToBreadth(0), 0);
        assertEquals(Rothermel.MAX_LENGTH_TO_BREADTH, Rothermel.lengthToBreadth(30), 0);
        // Backing rate = head · (1 − e) / (1 + e).
        double e = s.eccentricity();
        assertEquals(s.headRosMs() * (1 - e) / (1 + e), s.rosInDirection(180), 1e-12);
    }

    @Test
    void rejectsUnknownFuelModel() {
        assertThrows(IllegalArgumentException.class, () -> FuelModels.get(14));
        assertThrows(IllegalArgumentException.class, () -> new FuelArea(Shapes.rect(0, 0, 1, 1), 0));
    }
}
