package org.drillsim.ui.map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewportTest {
    @Test
    void fitPutsTheAreaCentreInTheScreenCentre() {
        Viewport v = new Viewport();
        v.resize(1000, 500);
        v.fit(new Envelope(0, 2000, 0, 1000));
        assertEquals(500, v.screenX(1000), 1e-9);
        assertEquals(250, v.screenY(500), 1e-9);
        assertEquals(0.95 * 0.5, v.scale(), 1e-12); // limited by both sides equally: 1000/2000 = 500/1000
        Envelope visible = v.visibleArea(0);
        assertTrue(visible.contains(new Envelope(0, 2000, 0, 1000)));
    }

    @Test
    void zoomKeepsThePointUnderTheMouse() {
        Viewport v = new Viewport();
        v.resize(800, 600);
        v.fit(new Envelope(-5000, 5000, -5000, 5000));
        double mx = v.mapX(200);
        double my = v.mapY(100);
        v.zoomAt(3, 200, 100);
        assertEquals(mx, v.mapX(200), 1e-6);
        assertEquals(my, v.mapY(100), 1e-6);
    }

    @Test
    void panMovesTheMapWithTheMouseAndNorthIsUp() {
        Viewport v = new Viewport();
        v.resize(800, 600);
        v.fit(new Envelope(0, 100, 0, 100));
        double sx = v.screenX(50);
        double sy = v.screenY(50);
        v.panBy(30, -20);
        assertEquals(sx + 30, v.screenX(50), 1e-9);
        assertEquals(sy - 20, v.screenY(50), 1e-9);
        assertTrue(v.screenY(60) < v.screenY(50), "a point further north is higher on the screen");
    }

    @Test
    void projectionRoundTripsAndMeasuresMetres() {
        MapProjection p = new MapProjection(126.6, 45.75);
        assertEquals(126.61, p.lon(p.x(126.61)), 1e-12);
        assertEquals(45.7, p.lat(p.y(45.7)), 1e-12);
        // one degree of latitude ≈ 111.2 km; one degree of longitude at 45.75° N ≈ 77.6 km
        assertEquals(111_195, p.y(46.75), 5);
        assertEquals(111_195 * Math.cos(Math.toRadians(45.75)), p.x(127.6), 5);
    }

    @Test
    void scaleBarLengthsAreRound() {
        assertEquals(100, MapView.niceLength(130), 0);
        assertEquals(200, MapView.niceLength(260), 0);
        assertEquals(5000, MapView.niceLength(7100), 0);
    }
}
