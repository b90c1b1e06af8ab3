package org.drillsim.hazards.flood;

import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.RoadEffect;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.Shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * A straight river 400 m wide along the x axis (y ∈ [−200, 200] m); ground 1 m above normal level at the
 * bank rising 2 m per km; stage rising 0 → 4 m over 24 h and falling back to 0 at 48 h.
 */
class FloodModelTest {

    private static final long H = 3_600_000L;
    private static final Geometry RIVER = Shapes.rect(-10_000, -200, 10_000, 200);
    private static final List<StagePoint> HYDROGRAPH = List.of(new StagePoint(0, 0), new StagePoint(24 * H, 4),
            new StagePoint(48 * H, 0));

    private static FloodModel model(List<ProtectedArea> protectedAreas) {
        return new FloodModel(new FloodParams("songhua", List.of(RIVER), HYDROGRAPH, 1.0, 2.0, 5.0, null,
                protectedAreas));
    }

    @Test
    void depthFollowsTheParametricProfile() {
        FloodModel m = model(null);
        // At the peak (stage 4 m): depth at d metres from the bank = 4 − 1 − 0.002·d.
        assertEquals(4.0, m.stageAt(24 * H), 1e-12);
        assertEquals(2.0, m.depthAt(Shapes.lon(0), Shapes.lat(200 + 500), 24 * H), 0.02);
        assertEquals(1.0, m.depthAt(Shapes.lon(0), Shapes.lat(-200 - 1000), 24 * H), 0.02);
        assertEquals(0.0, m.depthAt(Shapes.lon(0), Shapes.lat(200 + 1600), 24 * H), 1e-12);
        // Halfway up (stage 2 m at 12 h): 0.5 m at 250 m from the bank.
        assertEquals(0.5, m.depthAt(Shapes.lon(3000), Shapes.lat(450), 12 * H), 0.02);
        // In the river itself: its rise above the bank, stage − h0.
        assertEquals(3.0, m.depthAt(Shapes.lon(0), Shapes.lat(0), 24 * H), 1e-9);
    }

    @Test
    void bandsAreNestedAndMatchTheirReach() {
        HazardFootprint f = model(null).footprintAt(24 * H);
        List<HazardZone> zones = f.zones();
        // Stage 4: bands 0.1, 0.3, 0.5, 1, 2, 3 m reach (4 − 1 − b)/2 km = 1450, 1350, 1250, 1000, 500, 0 m.
        assertEquals(List.of("depth>=0.10m", "depth>=0.30m", "depth>=0.50m", "depth>=1.00m", "depth>=2.00m"),
                zones.stream().map(HazardZone::level).toList());
        for (int i = 1; i < zones.size(); i++) {
            assertTrue(zones.get(i - 1).polygon().buffer(1e-6).covers(zones.get(i).polygon()), "nested at band " + i);
        }
        // The 0.30 m zone reaches 1350 m from the bank: in at 1300 m, out at 1400 m.
        assertTrue(f.zonesAt(Shapes.lon(0), Shapes.lat(200 + 1300)).stream().anyMatch(z -> z.intensity() == 0.30));
        assertTrue(f.zonesAt(Shapes.lon(0), Shapes.lat(200 + 1400)).stream().noneMatch(z -> z.intensity() == 0.30));
        // Steiner's formula for the buffer of a convex shape: A + P·r + π·r² (river 20 km × 400 m, r = 1450 m).
        double area = Shapes.areaM2(zones.get(0).polygon());
        double r = 1450;
        assertEquals(20_000 * 400 + 2 * (20_000 + 400) * r + Math.PI * r * r, area, 0.02 * area);
        // The river is inside the zones (bridges must be exempted by the road network).
        assertEquals(2.0, f.worstZoneAt(Shapes.lon(0), Shapes.lat(0)).intensity());
    }

    @Test
    void floodGrowsWithTheStageAndRetreatsWhenItFalls() {
        FloodModel m = model(null);
        double previous = 0;
        for (long t = 0; t <= 24 * H; t += 2 * H) {
            double a = wetArea(m.footprintAt(t));
            assertTrue(a >= previous, "monotone in stage at t=" + t);
            previous = a;
        }
        for (long t = 26 * H; t <= 48 * H; t += 2 * H) {
            double a = wetArea(m.footprintAt(t));
            assertTrue(a < previous || a == 0, "retreats as the stage falls at t=" + t);
            previous = a;
        }
        // Same stage on the rise and on the fall → same footprint.
        assertEquals(wetArea(m.footprintAt(18 * H)), wetArea(m.footprintAt(30 * H)), 1.0);
        assertTrue(m.footprintAt(48 * H).isEmpty(), "back to normal level: dry");
        assertTrue(m.footprintAt(0).isEmpty());
    }

    @Test
    void leveeProtectsUntilOvertoppedOrBreached() {
        Geometry town = Shapes.rect(2000, 250, 4000, 1500);
        ProtectedArea holds = new ProtectedArea("north dike", town, 3.5, null);
        FloodModel m = model(List.of(holds));
        double lon = Shapes.lon(3000);
        double lat = Shapes.lat(600);
        // The crest (3.5 m) is first exceeded at 21 h (stage 4 m at 24 h, linear from 0).
        assertEquals(21 * H, m.protectedAreaFloodsFromMs(0), 1000);
        assertEquals(0.0, m.depthAt(lon, lat, 20 * H), "dry behind the levee at stage 3.33 m");
        assertNull(m.footprintAt(20 * H).worstZoneAt(lon, lat));
        assertTrue(m.depthAt(lon, lat, 22 * H) > 1.0, "overtopped: flooded");
        assertTrue(m.footprintAt(22 * H).worstZoneAt(lon, lat).intensity() >= 1.0);
        // A breach at 10 h floods it earlier.
        FloodModel breached = model(List.of(new ProtectedArea("north dike", town, 3.5, 10 * H)));
        assertEquals(10 * H, breached.protectedAreaFloodsFromMs(0));
        assertEquals(0.2, breached.depthAt(lon, lat, 12 * H), 0.02, "stage 2 m, 400 m from the bank");
        // A crest above the peak holds throughout.
        FloodModel high = model(List.of(new ProtectedArea("north dike", town, 5.0, null)));
        assertEquals(Long.MAX_VALUE, high.protectedAreaFloodsFromMs(0));
        assertEquals(0.0, high.depthAt(lon, lat, 24 * H));
    }

    @Test
    void roadsAndPeopleInTheFlood() {
        HazardFootprint f = model(null).footprintAt(24 * H);
        // 1300 m from the bank: 0.40 m deep → band 0.30 → closed, residents displaced.
        RoadEffect deep = f.roadEffectAt(Shapes.lon(0), Shapes.lat(200 + 1300));
        assertTrue(deep.closed());
        assertTrue(f.peopleEffectAt(Shapes.lon(0), Shapes.lat(200 + 1300)).displaced());
        // 1400 m: 0.20 m deep → band 0.10 → slowed, not closed, nobody displaced.
        RoadEffect shallow = f.roadEffectAt(Shapes.lon(0), Shapes.lat(200 + 1400));
        assertTrue(!shallow.closedToPublic() && shallow.speedFactor() < 1);
        assertEquals(HazardEffects.floodSpeedFactor(0.10), shallow.speedFactor(), 1e-12);
        assertEquals(PeopleEffect.NONE, f.peopleEffectAt(Shapes.lon(0), Shapes.lat(200 + 1400)));
        // Far away: no effect.
        assertEquals(RoadEffect.OPEN, f.roadEffectAt(Shapes.lon(0), Shapes.lat(5000)));
    }

    @Test
    void stageInjectOverridesTheHydrograph() {
        FloodModel m = model(null);
        // At 12 h (stage 2 m) an inject raises the stage to 5 m over 2 h and holds it.
        FloodModel raised = m.withStageChange(12 * H, 5, 2 * H);
        assertEquals(m.stageAt(11 * H), raised.stageAt(11 * H), 1e-12, "unchanged before the inject");
        assertEquals(3.5, raised.stageAt(13 * H), 1e-9);
        assertEquals(5.0, raised.stageAt(40 * H), 1e-12, "held");
        assertTrue(wetArea(raised.footprintAt(14 * H)) > wetArea(m.footprintAt(24 * H)));
    }

    @Test
    void rejectsBadParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FloodParams("f",
                List.of(RIVER), List.of(new StagePoint(H, 1), new StagePoint(H, 2)), 1, 2, 5, null, null));
        assertTrue(e.getMessage().startsWith("flood f.hydrograph[1]: times must be strictly increasing"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new FloodParams("f", List.of(RIVER), HYDROGRAPH, 1, 0, 5, null, null));
        assertTrue(e.getMessage().startsWith("flood f.groundRiseMPerKm"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new FloodParams("f", List.of(), HYDROGRAPH, 1, 2, 5, null, null));
        assertTrue(e.getMessage().startsWith("flood f.water"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> model(null).footprintAt(-1));
    }

    private static double wetArea(HazardFootprint f) {
        return f.isEmpty() ? 0 : Shapes.areaM2(f.zones().get(0).polygon());
    }
}
