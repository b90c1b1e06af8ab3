package org.drillsim.hazards.chemical;

import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.Shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class GaussianPlumeTest {

    private static final long MIN = 60_000L;

    // The Turner worked example (Stern et al. 1994) is in /hazard/reference-cases.csv (ModelChecksTest).

    /** Briggs's rural curves were fitted to Pasquill–Gifford: they agree within 25 % for B–F at 0.5–10 km. */
    @Test
    void briggsRuralAgreesWithPasquillGifford() {
        for (Stability s : List.of(Stability.B, Stability.C, Stability.D, Stability.E, Stability.F)) {
            for (double x : new double[] {500, 1000, 2000, 5000, 10000}) {
                double by = DispersionCoefficients.sigmaY(DispersionSetting.RURAL, s, x);
                double py = DispersionCoefficients.sigmaY(DispersionSetting.PASQUILL_GIFFORD, s, x);
                double bz = DispersionCoefficients.sigmaZ(DispersionSetting.RURAL, s, x);
                double pz = DispersionCoefficients.sigmaZ(DispersionSetting.PASQUILL_GIFFORD, s, x);
                assertEquals(1.0, by / py, 0.25, "σy " + s + " at " + x + " m");
                assertEquals(1.0, bz / pz, 0.25, "σz " + s + " at " + x + " m");
            }
        }
        // Urban dispersion is stronger than rural (rougher, warmer surface).
        assertTrue(DispersionCoefficients.sigmaY(DispersionSetting.URBAN, Stability.D, 1000)
                > DispersionCoefficients.sigmaY(DispersionSetting.RURAL, Stability.D, 1000));
    }

    @Test
    void groundReflectionDoublesTheCenterlineOfAGroundRelease() {
        double q = 100;
        double u = 3;
        double sy = 40;
        double sz = 20;
        double withReflection = GaussianPlume.concentrationGm3(q, u, sy, sz, 0, 0, 0);
        double withoutReflection = q / (2 * Math.PI * u * sy * sz); // single image term at z = H = 0
        assertEquals(2.0, withReflection / withoutReflection, 1e-12);
    }

    @Test
    void concentrationFallsOffAxisAndDownwind() {
        GaussianPlume plume = new GaussianPlume(chlorine(null));
        PlumeWeather w = plume.params().weather().get(0);
        double previous = Double.MAX_VALUE;
        for (double y = 0; y <= 200; y += 20) {
            double c = plume.groundConcentrationGm3(1000, y, w);
            assertTrue(c < previous || y == 0, "falls with crosswind distance at y=" + y);
            previous = c;
        }
        previous = Double.MAX_VALUE;
        for (double x = 100; x <= 10000; x *= 1.5) {
            double c = plume.groundConcentrationGm3(x, 0, w);
            assertTrue(c < previous, "ground release falls with distance at x=" + x);
            previous = c;
        }
    }

    @Test
    void zonesAreNestedDownwindAndBoundedByTravelTime() {
        GaussianPlume plume = new GaussianPlume(chlorine(null));
        long t = 10 * MIN; // 10 min at 3 m/s: the front has travelled 1800 m
        HazardFootprint f = plume.footprintAt(t);
        assertEquals(List.of("AEGL-1", "AEGL-2", "AEGL-3"), f.zones().stream().map(HazardZone::level).toList());
        Geometry a1 = f.zones().get(0).polygon();
        Geometry a2 = f.zones().get(1).polygon();
        Geometry a3 = f.zones().get(2).polygon();
        assertTrue(a1.buffer(1e-7).covers(a2) && a2.buffer(1e-7).covers(a3), "AEGL-3 ⊂ AEGL-2 ⊂ AEGL-1");
        // Westerly wind (from 270°): every zone vertex lies east of the source and no further downwind than the air has travelled.
        for (Coordinate c : a1.getCoordinates()) {
            double x = Shapes.P.x(c.x);
            assertTrue(x > -1, "east of the source");
            assertTrue(x <= 1800 + 1, "within u·t = 1800 m downwind, got " + x);
        }
        // 500 m downwind on the axis is inside AEGL-3 (its tip is at ~760 m) and the point query agrees.
        double lon = Shapes.lon(500);
        double lat = Shapes.lat(0);
        assertTrue(plume.concentrationPpm(lon, lat, t) >= plume.chemical().aegl3Ppm());
        assertEquals("AEGL-3", f.worstZoneAt(lon, lat).level());
        // Upwind there is nothing.
        assertEquals(0, plume.concentrationPpm(Shapes.lon(-500), lat, t));
        assertTrue(f.zonesAt(Shapes.lon(-500), lat).isEmpty());
        // Before the release: empty.
        assertTrue(plume.footprintAt(0).isEmpty());
    }

    @Test
    void stoppingTheReleaseDetachesThePlumeAndItLeaves() {
        GaussianPlume running = new GaussianPlume(chlorine(null));
        GaussianPlume stopped = running.withReleaseStop(20 * MIN);
        double srcLon = Shapes.lon(50);
        double srcLat = Shapes.lat(0);
        assertNull(stopped.footprintAt(30 * MIN).worstZoneAt(srcLon, srcLat),
                "10 min after the stop the air near the source is clean");
        assertFalse(stopped.footprintAt(30 * MIN).isEmpty(), "the detached plume is still downwind");
        assertFalse(running.footprintAt(30 * MIN).zonesAt(srcLon, srcLat).isEmpty(), "still leaking: near source in zone");
        // Long after the stop the plume has blown beyond the computed range.
        assertTrue(stopped.footprintAt(24 * 60 * MIN).isEmpty());
    }

    @Test
    void windTurnSwingsThePlume() {
        PlumeParams p = new PlumeParams("leak", Shapes.LON0, Shapes.LAT0, "ammonia", 2000, 2, 0, null,
                DispersionSetting.URBAN, List.of(new PlumeWeather(0, 3, 270, Stability.D),
                        new PlumeWeather(60 * MIN, 3, 0, Stability.D)), 20_000);
        GaussianPlume plume = new GaussianPlume(p);
        Geometry before = plume.footprintAt(30 * MIN).zones().get(0).polygon();
        Geometry after = plume.footprintAt(90 * MIN).zones().get(0).polygon();
        assertTrue(Shapes.P.x(before.getCentroid().getX()) > 100, "westerly wind: plume to the east");
        assertTrue(Shapes.P.y(after.getCentroid().getY()) < -100, "northerly wind: plume to the south");
        // The same turn as an inject on a plume scripted with a steady westerly.
        GaussianPlume steady = new GaussianPlume(new PlumeParams("leak", Shapes.LON0, Shapes.LAT0, "ammonia", 2000, 2, 0,
                null, DispersionSetting.URBAN, List.of(new PlumeWeather(0, 3, 270, Stability.D)), 20_000));
        GaussianPlume turned = steady.withWeatherFrom(new PlumeWeather(60 * MIN, 3, 0, Stability.D));
        assertEquals(p.weather(), turned.params().weather());
    }

    @Test
    void rejectsBadParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PlumeWeather(0, 3, 360, Stability.D));
        assertTrue(e.getMessage().startsWith("weather.windFromDeg"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new GaussianPlume(new PlumeParams("x", Shapes.LON0,
                Shapes.LAT0, "unobtainium", 1, 0, 0, null, DispersionSetting.RURAL,
                List.of(new PlumeWeather(0, 3, 90, Stability.D)), 10_000)));
        assertTrue(e.getMessage().contains("plume x.chemical: unknown chemical 'unobtainium'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PlumeWeather(0, 0.5, 90, Stability.D));
    }

    /** A 1 kg/s chlorine release at ground level (a ruptured 1-inch line is a few kg/s), westerly 3 m/s, D. */
    private static PlumeParams chlorine(Long stopMs) {
        return new PlumeParams("cl2", Shapes.LON0, Shapes.LAT0, "chlorine", 1000, 0, 0, stopMs, DispersionSetting.RURAL,
                List.of(new PlumeWeather(0, 3, 270, Stability.D)), 20_000);
    }
}
