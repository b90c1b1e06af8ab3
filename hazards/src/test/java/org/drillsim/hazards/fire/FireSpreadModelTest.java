package org.drillsim.hazards.fire;

import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.Shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * A 6 km × 6 km short-grass field (fuel model 1) ignited in its centre, dry (6/7/8 % dead), westerly
 * 10-m wind 5 m/s (midflame 2 m/s with the open-grass wind adjustment factor 0.4), flat, 30 m cells.
 */
class FireSpreadModelTest {

    private static final long MIN = 60_000L;
    private static final long H = 60 * MIN;
    private static final FuelMoisture DRY = new FuelMoisture(6, 7, 8, 60, 90);
    private static final Geometry FIELD = Shapes.rect(-3000, -3000, 3000, 3000);

    private static FireParams params(List<FuelArea> fuels, List<FireWind> wind, List<Suppression> suppression) {
        return new FireParams("grass", Shapes.LON0, Shapes.LAT0, 0, fuels, DRY, wind, 0.4, 0, 0, 30, 3.5, 300, 30,
                suppression);
    }

    private static FireSpreadModel field(List<Suppression> suppression) {
        return new FireSpreadModel(params(List.of(new FuelArea(FIELD, 1)), List.of(new FireWind(0, 5, 270)), suppression));
    }

    private static long arrival(FireSpreadModel m, double x, double y) {
        return m.arrivalTimeMs(Shapes.lon(x), Shapes.lat(y));
    }

    @Test
    void headRunsDownwindAtTheRothermelRate() {
        FireSpreadModel m = field(null);
        SpreadResult r = m.spreadAt(1, 0);
        assertEquals(90, r.headDirectionDeg(), 1e-9, "westerly wind drives the head east");
        // Arrival times along the axis give the grid's rate of spread; it must match Rothermel within 5 %.
        double headRos = (1500 - 300) / ((arrival(m, 1515, 15) - arrival(m, 315, 15)) / 1000.0);
        assertEquals(r.headRosMs(), headRos, 0.05 * r.headRosMs());
        double backRos = (600 - 150) / ((arrival(m, -585, 15) - arrival(m, -135, 15)) / 1000.0);
        assertEquals(r.rosInDirection(270), backRos, 0.10 * r.rosInDirection(270));
        // Downwind faster than across or against the wind.
        assertTrue(arrival(m, 1000, 0) < arrival(m, 0, 1000));
        assertTrue(arrival(m, 0, 1000) < arrival(m, -1000, 0));
    }

    @Test
    void noSpreadWithoutFuel() {
        Geometry island = Shapes.rect(-250, -250, 250, 250);
        FireSpreadModel m = new FireSpreadModel(params(List.of(new FuelArea(island, 1), new FuelArea(
                Shapes.rect(600, -250, 1600, 250), 1)), List.of(new FireWind(0, 5, 270)), null));
        assertEquals(Long.MAX_VALUE, arrival(m, 1000, 0), "the second patch beyond 350 m of bare ground never burns");
        assertTrue(m.burnedAreaM2At(24 * H) <= 510 * 510);
        assertFalse(m.reachedGridEdge());
        assertEquals(FireStatus.ACTIVE, m.statusAt(1 * MIN));
        assertEquals(FireStatus.CONTAINED, m.statusAt(m.containedAtMs()));
        assertEquals(FireStatus.EXTINGUISHED, m.statusAt(m.containedAtMs() + 30 * MIN));
        assertTrue(m.footprintAt(m.extinguishedAtMs()).zonesWithLevel(HazardEffects.FIRE_FRONT).isEmpty());
        // Ignition outside any fuel is an error naming the field.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FireSpreadModel(new FireParams(
                "grass", Shapes.lon(2000), Shapes.lat(2000), 0, List.of(new FuelArea(island, 1)), DRY,
                List.of(new FireWind(0, 5, 270)), 0.4, 0, 0, 30, 3.5, 300, 30, null)));
        assertTrue(e.getMessage().startsWith("fire grass.ignition: no fuel at the ignition point"), e.getMessage());
    }

    @Test
    void suppressionReducesTheBurnedArea() {
        FireSpreadModel free = field(null);
        // A ground crew holds a 60 m control line across the head from the start …
        Suppression line = new Suppression("forest-team-1", 0, Long.MAX_VALUE, Shapes.rect(800, -3000, 860, 3000), 0);
        FireSpreadModel held = free.withSuppression(line);
        assertEquals(Long.MAX_VALUE, arrival(held, 1500, 0), "the fire does not cross a held line");
        assertTrue(arrival(free, 1500, 0) < 3 * H);
        assertTrue(held.burnedAreaM2At(3 * H) < free.burnedAreaM2At(3 * H));
        // … an air tanker slows the head over a strip for two hours.
        Suppression drop = new Suppression("heli-1", 30 * MIN, 150 * MIN, Shapes.rect(400, -1000, 1400, 1000), 0.3);
        FireSpreadModel slowed = free.withSuppression(drop);
        assertTrue(arrival(slowed, 1300, 0) > arrival(free, 1300, 0));
        assertTrue(slowed.burnedAreaM2At(2 * H) < free.burnedAreaM2At(2 * H));
        // The original model is unchanged (pure).
        assertEquals(free.burnedAreaM2At(3 * H), field(null).burnedAreaM2At(3 * H));
    }

    @Test
    void footprintHasFrontBurnedAreaAndEvacuationZone() {
        FireSpreadModel m = field(null);
        HazardFootprint f = m.footprintAt(H);
        assertEquals(List.of("evacuation", "burned", "front"), f.zones().stream().map(HazardZone::level).toList());
        HazardZone front = f.zonesWithLevel("front").get(0);
        SpreadResult r = m.spreadAt(1, 0);
        assertEquals(r.headIntensityKWm(), front.intensity(), 0.05 * r.headIntensityKWm(), "Byram intensity at the head");
        double headX = r.headRosMs() * 3600; // ~ where the head is after 1 h
        assertTrue(f.roadEffectAt(Shapes.lon(headX - 60), Shapes.lat(0)).closed(), "roads through the front are closed");
        assertTrue(f.peopleEffectAt(Shapes.lon(headX + 200), Shapes.lat(0)).displaced(), "evacuation zone ahead of the head");
        assertTrue(f.zonesAt(Shapes.lon(-2000), Shapes.lat(0)).isEmpty());
        assertEquals(m.burnedAreaM2At(H), Shapes.areaM2(f.zonesWithLevel("burned").get(0).polygon()), 0.01 * m.burnedAreaM2At(H));
        assertTrue(m.footprintAt(0).zones().size() >= 2, "the ignition cell burns at t = 0");
    }

    @Test
    void notIgnitedBeforeTheIgnitionTime() {
        FireSpreadModel m = new FireSpreadModel(new FireParams("late", Shapes.LON0, Shapes.LAT0, 2 * H,
                List.of(new FuelArea(FIELD, 1)), DRY, List.of(new FireWind(0, 5, 270)), 0.4, 0, 0, 30, 3.5, 300, 30, null));
        assertEquals(FireStatus.NOT_IGNITED, m.statusAt(H));
        assertTrue(m.footprintAt(H).isEmpty());
        assertEquals(2 * H, arrival(m, 15, 15));
        assertEquals(FireStatus.ACTIVE, m.statusAt(3 * H));
    }

    @Test
    void windShiftTurnsTheHead() {
        FireSpreadModel m = new FireSpreadModel(params(List.of(new FuelArea(FIELD, 1)),
                List.of(new FireWind(0, 5, 270), new FireWind(H, 5, 0)), null));
        // After the wind turns northerly at 1 h the fire runs south much further than north.
        long south = arrival(m, 0, -1500);
        long north = arrival(m, 0, 1500);
        assertTrue(south < north, "south " + south + " north " + north);
        // The same shift as an inject on a fire scripted with a steady westerly gives the same arrival times.
        FireSpreadModel injected = field(null).withWindFrom(new FireWind(H, 5, 0));
        assertEquals(south, arrival(injected, 0, -1500));
        assertEquals(north, arrival(injected, 0, 1500));
    }

    @Test
    void rejectsBadParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FireWind(0, 5, -1));
        assertTrue(e.getMessage().startsWith("fireWind.windFromDeg"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Suppression("crew", 10, 5, FIELD, 0));
        assertTrue(e.getMessage().startsWith("suppression crew.toMs"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FireSpreadModel(new FireParams("big", Shapes.LON0,
                Shapes.LAT0, 0, List.of(new FuelArea(Shapes.rect(-60_000, -60_000, 60_000, 60_000), 1)), DRY,
                List.of(new FireWind(0, 5, 270)), 0.4, 0, 0, 10, 50, 0, 30, null)));
        assertTrue(e.getMessage().contains("increase cellSizeM or reduce maxRadiusKm"), e.getMessage());
    }
}
