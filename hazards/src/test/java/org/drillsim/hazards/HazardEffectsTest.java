package org.drillsim.hazards;

import org.drillsim.hazards.chemical.ShelterInPlace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HazardEffectsTest {

    private static HazardZone zone(HazardKind kind, String level, double intensity) {
        return new HazardZone(kind, level, intensity, "x", Shapes.rect(0, 0, 10, 10));
    }

    /** Pregnolato et al. (2017): v(w) = 0.0009 w² − 0.5529 w + 86.9448 km/h, w in mm. */
    @Test
    void floodSpeedFollowsPregnolatoCurve() {
        assertEquals(1.0, HazardEffects.floodSpeedFactor(0), 0);
        // w = 100 mm: 9 − 55.29 + 86.9448 = 40.6548 km/h → 0.4676 of 86.9448.
        assertEquals(40.6548 / 86.9448, HazardEffects.floodSpeedFactor(0.10), 1e-9);
        // w = 200 mm: 36 − 110.58 + 86.9448 = 12.3648 km/h.
        assertEquals(12.3648 / 86.9448, HazardEffects.floodSpeedFactor(0.20), 1e-9);
        assertTrue(HazardEffects.floodRoadEffect(0.30).closed());
        assertFalse(HazardEffects.floodRoadEffect(0.29).closedToPublic());
        assertEquals(RoadEffect.OPEN, HazardEffects.floodRoadEffect(0));
    }

    /** The Jonkman et al. (2008) function values are in /hazard/reference-cases.csv (ModelChecksTest). */
    @Test
    void floodMortalityGrowsWithDepthAndDisplacesResidents() {
        assertTrue(HazardEffects.floodMortality(3.0) > HazardEffects.floodMortality(1.0));
        assertEquals(0, HazardEffects.floodMortality(0));
        PeopleEffect p = HazardEffects.floodPeopleEffect(1.0);
        assertTrue(p.displaced());
        assertEquals(ProtectiveAction.EVACUATE, p.action());
        assertEquals(2 * p.fatalityFraction(), p.injuryFraction(), 1e-15);
        assertEquals(PeopleEffect.NONE, HazardEffects.floodPeopleEffect(0.2));
    }

    @Test
    void aeglZones() {
        RoadEffect r3 = zone(HazardKind.CHEMICAL, "AEGL-3", 20).roadEffect();
        assertTrue(r3.closedToPublic());
        assertFalse(r3.closedToEmergency(), "hazmat crews with protective equipment may enter");
        assertEquals(RoadEffect.OPEN, zone(HazardKind.CHEMICAL, "AEGL-2", 2).roadEffect());
        assertEquals(ProtectiveAction.EVACUATE, zone(HazardKind.CHEMICAL, "AEGL-3", 20).peopleEffect().action());
        assertEquals(ProtectiveAction.SHELTER_IN_PLACE, zone(HazardKind.CHEMICAL, "AEGL-2", 2).peopleEffect().action());
        assertEquals(0, zone(HazardKind.CHEMICAL, "AEGL-1", 0.5).peopleEffect().injuryFraction());
    }

    @Test
    void fireZones() {
        assertTrue(zone(HazardKind.FIRE, "front", 1000).roadEffect().closed());
        assertEquals(HazardEffects.BURNED_ROAD_SPEED_FACTOR, zone(HazardKind.FIRE, "burned", 0).roadEffect().speedFactor());
        assertTrue(zone(HazardKind.FIRE, "evacuation", 0).peopleEffect().displaced());
        assertEquals(RoadEffect.OPEN, zone(HazardKind.FIRE, "evacuation", 0).roadEffect());
    }

    @Test
    void combineKeepsTheMostRestrictive() {
        RoadEffect slow = HazardEffects.floodRoadEffect(0.1);
        RoadEffect closedPublic = new RoadEffect(true, false, 1.0, "AEGL-3 zone");
        RoadEffect c = slow.combine(closedPublic);
        assertTrue(c.closedToPublic());
        assertFalse(c.closedToEmergency());
        assertEquals(slow.speedFactor(), c.speedFactor());
        assertEquals("flood depth 0.10 m; AEGL-3 zone", c.reason());
        assertEquals(slow, RoadEffect.OPEN.combine(slow));
    }

    /** Mean indoor/outdoor ratio over 1 h at 0.5 air changes per hour: 1 − (1 − e^−0.5)/0.5 = 0.2131. */
    @Test
    void shelterInPlaceProtection() {
        assertEquals(0.2131, ShelterInPlace.indoorFraction(0.5, 60), 1e-4);
        assertTrue(ShelterInPlace.indoorFraction(0.5, 600) > ShelterInPlace.indoorFraction(0.5, 60),
                "protection wears off with time");
    }
}
