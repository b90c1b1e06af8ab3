package org.drillsim.hazards.flood;

import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.HazardEffects.FloodMortalityZone;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.Shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * Jonkman et al. (2008) zones in the flood model: a straight river along the x axis (y ∈ [−200, 200] m), ground
 * 0.5 m above normal level at the bank rising 1 m per km; stage 0 → 4 m over 24 h and level after. Protected land
 * north of the river from 0 to 2 km, breached at 30 h (width 100 m). (Zone functions against published values:
 * the flood-mortality-zone rows of /hazard/reference-cases.csv, ModelChecksTest.)
 */
class FloodMortalityZonesTest {

    private static final long H = 3_600_000L;
    private static final Geometry RIVER = Shapes.rect(-10_000, -200, 10_000, 200);
    private static final Geometry POLDER = Shapes.rect(-3000, 200, 3000, 2200);
    private static final List<StagePoint> HYDROGRAPH = List.of(new StagePoint(0, 0), new StagePoint(24 * H, 4),
            new StagePoint(96 * H, 4));

    private static FloodModel model() {
        return new FloodModel(new FloodParams("f", List.of(RIVER), HYDROGRAPH, 0.5, 1.0, 5.0, null,
                List.of(new ProtectedArea("polder", POLDER, 10, 30 * H, 100))));
    }

    @Test
    void zoneCriteriaAreJonkmans() {
        assertSame(FloodMortalityZone.BREACH, FloodMortalityZone.of(3.5, 2, 0));   // hv = 7, v = 2: both met
        assertSame(FloodMortalityZone.REMAINING, FloodMortalityZone.of(3.4, 2, 0)); // hv = 6.8
        assertSame(FloodMortalityZone.REMAINING, FloodMortalityZone.of(8, 1.9, 0)); // hv 15 but v < 2
        assertSame(FloodMortalityZone.RAPIDLY_RISING, FloodMortalityZone.of(2.1, 0, 0.5));
        assertSame(FloodMortalityZone.REMAINING, FloodMortalityZone.of(2.09, 0, 3));
        assertSame(FloodMortalityZone.REMAINING, FloodMortalityZone.of(4, 0, 0.49));
        // The rapidly rising function is far steeper than the remaining zone's at the same depth.
        assertTrue(HazardEffects.floodMortality(3, FloodMortalityZone.RAPIDLY_RISING)
                > 10 * HazardEffects.floodMortality(3, FloodMortalityZone.REMAINING));
    }

    @Test
    void mortalityIsEvaluatedAtTheCellsOwnDepth() {
        FloodModel m = model();
        long t = 20 * H; // stage 3.33 m, rising 1/6 m/h: remaining zone everywhere outside the polder
        // South bank, 500 m out: depth 3.333 − 0.5 − 0.5 = 2.333 m; its band is "≥ 2 m" but the effect uses 2.333.
        double lon = Shapes.lon(0);
        double lat = Shapes.lat(-700);
        double depth = m.depthAt(lon, lat, t);
        assertEquals(2.333, depth, 0.01);
        HazardFootprint f = m.footprintAt(t);
        HazardZone worst = f.worstZoneAt(lon, lat);
        assertEquals(2.0, worst.intensity(), 0);
        PeopleEffect e = f.peopleEffectAt(lon, lat);
        assertEquals(HazardEffects.floodMortality(depth, FloodMortalityZone.REMAINING), e.fatalityFraction(), 1e-12);
        assertTrue(e.fatalityFraction() > worst.peopleEffect().fatalityFraction());
    }

    @Test
    void breachMakesABreachZoneAndARapidlyRisingZoneBehindIt() {
        FloodModel m = model();
        // The breach is the polder's point nearest the river: its south edge (y = 200 m). At 30.5 h the stage is 4,
        // head 3.5 m: Q = 1.7·100·3.5^1.5 = 1113 m³/s; hv = Q/(π r) ≥ 7 m²/s within r = 50.6 m.
        long t = 30 * H + H / 2;
        double q = 1.7 * 100 * Math.pow(3.5, 1.5);
        double lonB = Shapes.lon(0);
        double latB = Shapes.lat(230); // 30 m in: r = max(50, 30) = 50 m
        assertEquals(q / (Math.PI * 50), m.breachFlowM2s(lonB, latB, t), 0.5);
        PeopleEffect atBreach = m.peopleEffectAt(lonB, latB, t);
        assertEquals(1.0, atBreach.fatalityFraction(), 0, atBreach.reason());
        // 300 m into the polder: depth 3.5 − 0.3 = 3.2 m, hv = 1113/(π·300) = 1.18 m²/s (not breach); the land was
        // dry an hour ago, so the water rose 3.2 m in the hour: rapidly rising.
        double lat300 = Shapes.lat(500);
        double d300 = m.depthAt(lonB, lat300, t);
        assertEquals(3.2, d300, 0.02);
        PeopleEffect rising = m.peopleEffectAt(lonB, lat300, t);
        assertEquals(HazardEffects.floodMortality(d300, FloodMortalityZone.RAPIDLY_RISING), rising.fatalityFraction(),
                1e-12, rising.reason());
        // Two hours later the water stands still there: back to the remaining zone's function at the same depth.
        PeopleEffect later = m.peopleEffectAt(lonB, lat300, t + 2 * H);
        assertEquals(HazardEffects.floodMortality(d300, FloodMortalityZone.REMAINING), later.fatalityFraction(), 1e-12);
        // Before the breach the polder is dry.
        assertEquals(PeopleEffect.NONE, m.peopleEffectAt(lonB, lat300, 29 * H));
    }
}
