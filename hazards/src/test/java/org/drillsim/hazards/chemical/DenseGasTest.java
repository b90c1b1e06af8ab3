package org.drillsim.hazards.chemical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dense-gas model is chosen by the Britter–McQuaid criterion and hands over to the Gaussian plume smoothly. */
class DenseGasTest {
    static final double CL2_BOILING_K = 273.15 - 34.04;

    static GaussianPlume plume(String chemical, double rateGs, double windMs, double releaseK) {
        PlumeParams p = new PlumeParams("leak", 126.7157, 45.7607, chemical, rateGs, 1, 0, null, DispersionSetting.URBAN,
                List.of(new PlumeWeather(0, windMs, 270, Stability.D)), 20_000);
        return new GaussianPlume(p, 12, null, releaseK);
    }

    @Test
    void chlorineFromTheCarIsDenseAmmoniaGasIsNot() {
        GaussianPlume cl2 = plume("chlorine", 8700, 3, CL2_BOILING_K);
        // by hand: ρ0 = 101325·0.0709/(8.314·239.1) = 3.61 kg/m³, q0 = 2.41 m³/s, g0' = 19.1 m/s², D = 0.896 m:
        // (g0' q0 / D)^(1/3) / u = 1.24
        assertEquals(1.24, cl2.denseCriterionAt(0), 0.01);
        assertEquals("britter-mcquaid", cl2.dispersionModelAt(0));
        assertTrue(cl2.modelNotes().get(0).contains("Britter–McQuaid"), cl2.modelNotes().toString());
        // ammonia gas at 20 °C is lighter than air: never dense
        GaussianPlume nh3 = plume("ammonia", 8700, 3, 293.15);
        assertEquals("gaussian", nh3.dispersionModelAt(0));
        // a small chlorine leak in a strong wind is passive: (g0' q0 / D)^(1/3) / u < 0.15
        GaussianPlume small = plume("chlorine", 1, 15, CL2_BOILING_K);
        assertTrue(small.denseCriterionAt(0) < 0.15);
        assertEquals("gaussian", small.dispersionModelAt(0));
        // without a release temperature the plume stays neutral (as before)
        assertEquals("gaussian", plume("chlorine", 8700, 3, Double.NaN).dispersionModelAt(0));
    }

    @Test
    void theAxisConcentrationFallsAndIsContinuousWhereTheWorkbookEnds() {
        GaussianPlume cl2 = plume("chlorine", 8700, 3, CL2_BOILING_K);
        PlumeWeather w = cl2.params().weather().get(0);
        double edge = new BritterMcQuaid(8.7 / 3.614, 3.614, GaussianPlume.AIR_DENSITY, 3, CL2_BOILING_K,
                GaussianPlume.AIR_TEMPERATURE_K).lastCurveDistanceM();
        double before = cl2.groundConcentrationGm3(edge * 0.999, 0, w);
        double after = cl2.groundConcentrationGm3(edge * 1.001, 0, w);
        assertEquals(before, after, 0.02 * before, "handed over to the Gaussian plume at the same value");
        double previous = Double.MAX_VALUE;
        for (double x = 20; x < 10_000; x *= 1.3) {
            double c = cl2.groundConcentrationGm3(x, 0, w);
            assertTrue(c < previous, "falls with distance at " + x);
            previous = c;
        }
        // the dense plume hugs the ground: near the source it is far more concentrated than a neutral plume
        double neutral = plume("chlorine", 8700, 3, Double.NaN).groundConcentrationGm3(300, 0, w);
        assertTrue(cl2.groundConcentrationGm3(300, 0, w) > 10 * neutral);
    }
}
