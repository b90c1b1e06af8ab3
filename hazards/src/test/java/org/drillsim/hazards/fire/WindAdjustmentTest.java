package org.drillsim.hazards.fire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Wind adjustment (Albini &amp; Baughman 1979 as in Andrews 2012) and the wind limit. The published end-to-end
 * values (behave's surface tests, WAF → Rothermel with Scott &amp; Burgan GS4 and Anderson FM4) are rows of
 * /hazard/reference-cases.csv (ModelChecksTest); here: the formulas by hand and the behave cases at behave's
 * own tolerance with behave's rounded FM4 loads.
 */
class WindAdjustmentTest {

    private static final double MPH = 0.44704;
    private static final double CH_PER_H = 20.1168 / 3600;
    private static final FuelMoisture BEHAVE_LOW = new FuelMoisture(6, 7, 8, 60, 90);

    @Test
    void unshelteredFromFuelBedDepth() {
        // 1.83 / ln((20 + 0.36·1) / (0.13·1)) = 1.83 / ln(156.615) = 0.36209 (FM1, 1 ft)
        assertEquals(0.36209, WindAdjustment.factor(FuelModels.get(1), null), 5e-5);
        // FM4, 6 ft: 1.83 / ln(22.16 / 0.78) = 0.54679
        assertEquals(0.54679, WindAdjustment.factor(FuelModels.get(4), null), 5e-5);
        // Deeper beds stand higher in the wind profile.
        assertTrue(WindAdjustment.factor(FuelModels.get(8), null) < WindAdjustment.factor(FuelModels.get(1), null));
    }

    @Test
    void shelteredFromCanopyCoverCrownRatioAndHeight() {
        // f = 0.5·0.5/3 = 0.08333; H = 30 ft: 0.555 / (√2.5 · ln(30.8/3.9)) = 0.16986
        Canopy c = new Canopy(0.5, 30 * 0.3048, 0.5);
        assertEquals(0.16986, WindAdjustment.factor(FuelModels.get(124), c), 5e-5);
        // The same canopy shelters every fuel alike; a sparse one (f < 0.05) leaves it open.
        assertEquals(WindAdjustment.factor(FuelModels.get(1), c), WindAdjustment.factor(FuelModels.get(9), c), 0);
        Canopy sparse = new Canopy(0.2, 10, 0.5); // f = 0.0333
        assertEquals(WindAdjustment.unsheltered(0.2), WindAdjustment.factor(FuelModels.get(9), sparse), 0);
        assertEquals(10 / 1.15, WindAdjustment.twentyFootFromTenMetre(10), 1e-12);
    }

    @Test
    void behaveSurfaceCasesAtBehavesTolerance() {
        // firelab/behave surface.csv, row 2 (GS4, 5 mph 20-ft upslope wind, 30 % slope, 50 % cover, 30 ft, 0.5).
        FuelModel gs4 = FuelModels.get(124);
        Canopy c50 = new Canopy(0.5, 30 * 0.3048, 0.5);
        SpreadResult r = Rothermel.spread(gs4, BEHAVE_LOW, 5 * MPH * WindAdjustment.factor(gs4, c50), 180, 30, 180);
        assertEquals(8.876216, r.headRosMs() / CH_PER_H, 1e-6);
        // Row 7 (FM4, wind from 90°, aspect 0, 30° slope, 40 % cover) with behave's FM4 loads in lb/ft².
        double k = 43560.0 / 2000;
        FuelModel fm4 = new FuelModel(4, "FM4", "灌丛", "Chaparral", 0.230 * k, 0.184 * k, 0.092 * k, 0, 0.230 * k,
                2000, 1500, 1500, 6, 20, 8000, 8000, false);
        Canopy c40 = new Canopy(0.4, 30 * 0.3048, 0.5);
        r = Rothermel.spread(fm4, BEHAVE_LOW, 5 * MPH * WindAdjustment.factor(fm4, c40), 270,
                Math.tan(Math.toRadians(30)) * 100, 180);
        assertEquals(46.631688, r.headRosMs() / CH_PER_H, 1e-6);
    }

    @Test
    void windLimitIsAnOption() {
        // FM1 in a 20 m/s midflame wind: the limit (0.9·I_R ft/min) binds; without it the head runs faster.
        FuelModel grass = FuelModels.get(1);
        FuelMoisture m = new FuelMoisture(8, 8, 8, 100, 100);
        SpreadResult capped = Rothermel.spread(grass, m, 20, 0, 0, 0, true);
        SpreadResult free = Rothermel.spread(grass, m, 20, 0, 0, 0, false);
        assertTrue(free.headRosMs() > 1.2 * capped.headRosMs(), free.headRosMs() + " vs " + capped.headRosMs());
        // The cap is 0.9·I_R in ft/min: I_R kW/m² back to Btu/ft²/min.
        double irBtu = capped.reactionIntensityKWm2() / (1.05505585 / (0.3048 * 0.3048) / 60.0);
        assertEquals(0.9 * irBtu * 0.3048 / 60, capped.effectiveWindMs(), 1e-9);
        // In a light wind both agree.
        assertEquals(Rothermel.spread(grass, m, 2, 0, 0, 0, true).headRosMs(),
                Rothermel.spread(grass, m, 2, 0, 0, 0, false).headRosMs(), 0);
    }

    @Test
    void scottAndBurganModelsAreSelectableBesideAnderson() {
        assertEquals(13 + 40, FuelModels.all().size());
        assertEquals("GR1", FuelModels.get(101).code());
        assertEquals("SB4", FuelModels.get(204).code());
        assertEquals(9000, FuelModels.get(106).heatDead(), 0); // GR6
        // Dynamic curing: fully cured at 30 %, green at 120 %, two-thirds at 60 % (Scott & Burgan 2005).
        FuelModel gr2 = FuelModels.get(102);
        assertEquals(1.0, gr2.curedHerbFraction(30), 0);
        assertEquals(0.0, gr2.curedHerbFraction(120), 0.001);
        assertEquals(0.667, gr2.curedHerbFraction(60), 0.001);
        assertEquals(0.0, FuelModels.get(2).curedHerbFraction(30), 0); // Anderson 2 is static
        // Curing dries the bed: GR2 spreads faster at 30 % than at 120 % herbaceous moisture.
        SpreadResult dry = Rothermel.spread(gr2, new FuelMoisture(6, 7, 8, 30, 90), 2, 0, 0, 0);
        SpreadResult green = Rothermel.spread(gr2, new FuelMoisture(6, 7, 8, 120, 90), 2, 0, 0, 0);
        assertTrue(dry.headRosMs() > 2 * green.headRosMs());
    }
}
