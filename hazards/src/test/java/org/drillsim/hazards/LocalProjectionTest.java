package org.drillsim.hazards;

import org.drillsim.routing.LocalProjection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class LocalProjectionTest {

    /** Haversine great-circle distance, m. */
    private static double haversine(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * LocalProjection.EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
    }

    @Test
    void distancesWithinOneTenthPercentAtTenKilometres() {
        LocalProjection p = new LocalProjection(126.64, 45.75); // central Harbin
        double[][] targets = {{126.77, 45.75}, {126.64, 45.84}, {126.55, 45.68}, {126.72, 45.81}};
        for (double[] t : targets) {
            double h = haversine(126.64, 45.75, t[0], t[1]);
            assertEquals(h, p.distanceM(126.64, 45.75, t[0], t[1]), 0.001 * h);
        }
    }

    @Test
    void roundTripIsExact() {
        LocalProjection p = new LocalProjection(126.64, 45.75);
        Geometry g = Shapes.rect(-1234, -567, 890, 4321);
        Geometry back = p.toLonLat(p.toMetres(g));
        assertEquals(0, g.getCoordinates()[2].distance(back.getCoordinates()[2]), 1e-12);
        assertEquals(126.7, p.lon(p.x(126.7)), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new LocalProjection(200, 45));
    }
}
