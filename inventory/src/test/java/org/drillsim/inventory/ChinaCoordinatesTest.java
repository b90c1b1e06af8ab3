package org.drillsim.inventory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GCJ-02 and BD-09 against published reference pairs, and round trips. References:
 * googollee/eviltransform's test table (WGS-84 → GCJ-02 at Shanghai, Shenzhen, Beijing; its implementation uses
 * the WGS-84 radius 6378137 m where the published formula has Krasovsky's 6378245 m, about 1e-7° apart, so the
 * pairs are compared to 1e-6°, about 0.1 m) and wandergis/coordtransform's README example at 116.404 E, 39.915 N
 * (GCJ-02 ↔ BD-09 with the same formulas as here: compared to 1e-9°).
 */
class ChinaCoordinatesTest {
    /** WGS-84 lat, lon → GCJ-02 lat, lon (eviltransform TESTS). */
    static final double[][] WGS_GCJ = {
            {31.1774276, 121.5272106, 31.17530398364597, 121.531541859215},   // Shanghai
            {22.543847, 113.912316, 22.540796131694766, 113.9171764808363},   // Shenzhen
            {39.911954, 116.377817, 39.91334545536069, 116.38404722455657},   // Beijing
    };

    static double metres(ChinaCoordinates.LonLat a, double lon, double lat) {
        double dy = (a.lat() - lat) * 111_320;
        double dx = (a.lon() - lon) * 111_320 * Math.cos(Math.toRadians(lat));
        return Math.hypot(dx, dy);
    }

    @Test
    void wgs84ToGcj02MatchesThePublishedPairs() {
        for (double[] p : WGS_GCJ) {
            ChinaCoordinates.LonLat g = ChinaCoordinates.wgs84ToGcj02(p[1], p[0]);
            assertEquals(p[2], g.lat(), 1e-6);
            assertEquals(p[3], g.lon(), 1e-6);
        }
        // coordtransform: wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164]
        ChinaCoordinates.LonLat g = ChinaCoordinates.wgs84ToGcj02(116.404, 39.915);
        assertEquals(116.41024449916938, g.lon(), 1e-9);
        assertEquals(39.91640428150164, g.lat(), 1e-9);
    }

    @Test
    void gcj02ToWgs84InvertsThePublishedPairs() {
        for (double[] p : WGS_GCJ) {
            ChinaCoordinates.LonLat w = ChinaCoordinates.gcj02ToWgs84(p[3], p[2]);
            assertTrue(metres(w, p[1], p[0]) < 0.1, "within 0.1 m: " + w);
        }
    }

    @Test
    void bd09MatchesThePublishedFormulaExample() {
        ChinaCoordinates.LonLat b = ChinaCoordinates.gcj02ToBd09(116.404, 39.915);
        assertEquals(116.41036949371029, b.lon(), 1e-9);
        assertEquals(39.92133699351021, b.lat(), 1e-9);
        ChinaCoordinates.LonLat g = ChinaCoordinates.bd09ToGcj02(116.404, 39.915);
        assertEquals(116.39762729119315, g.lon(), 1e-9);
        assertEquals(39.90865673957631, g.lat(), 1e-9);
    }

    @Test
    void roundTripsStayWithinOneMetreAcrossChinaAndHarbin() {
        double worstGcj = 0;
        double worstBd = 0;
        for (double lon = 74; lon <= 134; lon += 2.5) {
            for (double lat = 18; lat <= 53; lat += 2.5) {
                ChinaCoordinates.LonLat g = ChinaCoordinates.wgs84ToGcj02(lon, lat);
                worstGcj = Math.max(worstGcj, metres(ChinaCoordinates.gcj02ToWgs84(g.lon(), g.lat()), lon, lat));
                ChinaCoordinates.LonLat b = ChinaCoordinates.wgs84ToBd09(lon, lat);
                worstBd = Math.max(worstBd, metres(ChinaCoordinates.bd09ToWgs84(b.lon(), b.lat()), lon, lat));
            }
        }
        assertTrue(worstGcj < 0.01, "GCJ-02 round trip by iteration: " + worstGcj + " m");
        assertTrue(worstBd < 1, "BD-09 round trip: " + worstBd + " m");
        // Songbei: the shift itself is hundreds of metres, so a missing conversion would show
        ChinaCoordinates.LonLat sb = ChinaCoordinates.wgs84ToGcj02(126.56, 45.81);
        double shift = metres(sb, 126.56, 45.81);
        assertTrue(shift > 100 && shift < 1000, "GCJ-02 shift at Songbei: " + shift + " m");
    }

    @Test
    void outsideChinaNothingShifts() {
        ChinaCoordinates.LonLat g = ChinaCoordinates.wgs84ToGcj02(7.42, 43.73);   // Monaco
        assertEquals(7.42, g.lon());
        assertEquals(43.73, g.lat());
    }
}
