package org.drillsim.hazards.quake;

import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.RoadEffect;
import org.drillsim.hazards.check.ModelChecks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ground motion, damage, casualties and road effects of the earthquake model. */
class QuakeModelTest {

    /** 60 % of the people in moderate-code C2M, 40 % in pre-code URML. */
    private static final List<ShakingEffects.Part> STOCK = List.of(
            new ShakingEffects.Part(BuildingType.get("C2M", "moderate"), 0.6),
            new ShakingEffects.Part(BuildingType.get("URML", "pre"), 0.4));

    @Test
    void theEarthquakeReferenceCasesOfCheckModelsPass() {
        List<ModelChecks.Outcome> quake = ModelChecks.run().outcomes().stream()
                .filter(o -> o.reference().model().startsWith("bssa14") || o.reference().model().startsWith("hazus"))
                .toList();
        assertTrue(quake.size() >= 8, "at least 8 earthquake reference values, got " + quake.size());
        for (ModelChecks.Outcome o : quake) {
            assertTrue(o.passed(), "line " + o.reference().line() + " " + o.reference().name() + ": published "
                    + o.reference().expected() + ", ours " + o.actual());
        }
    }

    @Test
    void damageSharesOfAMixedStockAtPointThreeGMatchTheHandCalculation() {
        // by hand: Φ(ln(0.30/median)/0.64) for C2M/moderate (0.15, 0.26, 0.55, 1.02 g) and URML/pre (0.13, 0.17,
        // 0.26, 0.37 g), differences of successive exceedances, weighted 0.6 / 0.4
        ShakingEffects e = new ShakingEffects(STOCK, BridgeClass.HWB1, 2.0);
        double[] s = e.stateShares(0.30);
        assertArrayEquals(new double[] {0.121904, 0.199982, 0.339650, 0.173077, 0.165387}, s, 1e-6);
        double sum = 0;
        for (double x : s) {
            sum += x;
        }
        assertEquals(1.0, sum, 1e-12, "every building is in exactly one state");
    }

    @Test
    void casualtiesOfTenThousandPeopleAtNightMatchTheHandCalculationAndConservePeople() {
        // by hand: Hazus rates per state (Tables 13.3–13.7), complete damage split by the collapse share (C2M 10 %,
        // URML 15 %), times the night indoor share 0.98
        ShakingEffects e = new ShakingEffects(STOCK, BridgeClass.HWB1, 2.0);
        double[] sev = e.severityShares(0.30);
        double people = 10_000;
        assertEquals(187.856, people * sev[0], 0.001);
        assertEquals(63.369, people * sev[1], 0.001);
        assertEquals(11.901, people * sev[2], 0.001);
        assertEquals(23.646, people * sev[3], 0.001);
        PeopleEffect pe = e.at(0.30, 0.1).people();
        assertEquals(sev[0] + sev[1] + sev[2], pe.injuryFraction(), 1e-15, "the injured are severities 1-3");
        assertEquals(sev[3], pe.fatalityFraction(), 1e-15, "the dead are severity 4");
        // conservation: unhurt + injured + dead = everyone
        double unhurt = people * (1 - pe.injuryFraction() - pe.fatalityFraction());
        assertEquals(9713.229, unhurt, 0.001);
        assertEquals(people, unhurt + people * (sev[0] + sev[1] + sev[2] + sev[3]), 1e-9);
    }

    @Test
    void daytimeCasualtiesScaleWithTheSmallerIndoorShare() {
        double night = new ShakingEffects(STOCK, BridgeClass.HWB1, 2.0).at(0.4, 0.2).people().fatalityFraction();
        double day = new ShakingEffects(STOCK, BridgeClass.HWB1, 14.0).at(0.4, 0.2).people().fatalityFraction();
        assertEquals(0.815 / 0.98, day / night, 1e-12);
    }

    @Test
    void bridgesCloseByTheirOwnFragilityAndRoadsByDebris() {
        ShakingEffects e = new ShakingEffects(STOCK, BridgeClass.HWB1, 2.0);
        // HWB1 medians Sa(1.0): slight 0.40, moderate 0.50, extensive 0.70 g
        assertEquals(RoadEffect.OPEN, e.at(0.1, 0.39).bridges());
        assertEquals(0.8, e.at(0.1, 0.45).bridges().speedFactor(), 0);
        RoadEffect moderate = e.at(0.1, 0.6).bridges();
        assertTrue(moderate.closedToPublic() && !moderate.closedToEmergency(), moderate.toString());
        assertTrue(e.at(0.1, 0.7).bridges().closed());
        // roads: 1 − P(≥ extensive) = 1 − (0.173077 + 0.165387) at 0.30 g; closed once a quarter is complete
        assertEquals(1 - 0.173077 - 0.165387, e.at(0.30, 0.1).roads().speedFactor(), 1e-6);
        assertFalse(e.at(0.30, 0.1).roads().closed());
        assertTrue(e.at(0.60, 0.1).roads().closed(), "URML complete median 0.37 g: 0.4 × P > 0.25 at 0.6 g");
    }

    @Test
    void zonesAreNestedDiscsWhosePgaAtTheRimIsTheirBound() {
        QuakeModel m = new QuakeModel("q", 126.63, 45.75, 6.0, 0, 760, Bssa14.Mechanism.UNSPECIFIED, 60,
                new ShakingEffects(STOCK, BridgeClass.HWB1, 2.0));
        List<QuakeModel.Band> bands = m.bands();
        // PGA at the epicentre by hand: BSSA14 M6, R_JB 0, rock, China dc3 → 0.3956 g; bands 0.05 … 0.315 g: 9 bands
        assertEquals(0.39565, m.median(Bssa14.Measure.PGA, 0), 5e-5);
        assertEquals(9, bands.size());
        for (int i = 0; i < bands.size(); i++) {
            QuakeModel.Band b = bands.get(i);
            assertEquals(0.05 * Math.pow(10, i / 10.0), b.lowerPgaG(), 1e-12);
            assertEquals(b.lowerPgaG(), m.median(Bssa14.Measure.PGA, b.radiusKm()), 1e-9);
            if (i > 0) {
                assertTrue(b.radiusKm() < bands.get(i - 1).radiusKm());
                assertTrue(bands.get(i - 1).zone().polygon().contains(b.zone().polygon()));
            }
            assertTrue(b.middlePgaG() > b.lowerPgaG());
        }
        HazardZone inner = bands.get(bands.size() - 1).zone();
        assertTrue(inner.peopleEffect().fatalityFraction() > bands.get(0).zone().peopleEffect().fatalityFraction());
    }

    @Test
    void nothingShakesBeforeTheOriginAndTheSameZonesServeEveryLaterTick() {
        QuakeModel m = new QuakeModel("q", 126.63, 45.75, 6.0, 30 * 60_000L, 400, Bssa14.Mechanism.UNSPECIFIED, 60,
                new ShakingEffects(STOCK, BridgeClass.HWB1, 2.0));
        assertTrue(m.footprintAt(0).isEmpty());
        HazardFootprint a = m.footprintAt(30 * 60_000L);
        HazardFootprint b = m.footprintAt(48 * 3_600_000L);
        assertFalse(a.isEmpty());
        assertEquals(a.zones(), b.zones());
        assertThrows(IllegalArgumentException.class, () -> m.footprintAt(-1));
    }

    @Test
    void theTriageMixIsTheHazusSeverityMixOfTheBandAtThePlace() {
        ShakingEffects e = new ShakingEffects(STOCK, BridgeClass.HWB1, 2.0);
        QuakeModel m = new QuakeModel("q", 126.63, 45.75, 6.0, 0, 760, Bssa14.Mechanism.UNSPECIFIED, 60, e);
        QuakeModel.Band inner = m.bands().get(m.bands().size() - 1);
        double[] sev = e.severityShares(inner.middlePgaG());
        double injured = sev[0] + sev[1] + sev[2];
        double[] mix = m.triageSharesAt(126.63, 45.75);
        // severity 3 → T1, 2 → T2, 1 → T3
        assertArrayEquals(new double[] {sev[2] / injured, sev[1] / injured, sev[0] / injured}, mix, 1e-15);
        assertEquals(1.0, mix[0] + mix[1] + mix[2], 1e-12);
        assertTrue(mix[0] < mix[1] && mix[1] < mix[2], "few life-threatening injuries, many minor ones");
        assertEquals(null, m.triageSharesAt(128.63, 45.75), "outside every band (about 155 km east)");
    }
}
