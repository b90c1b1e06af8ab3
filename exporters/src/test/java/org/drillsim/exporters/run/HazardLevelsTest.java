package org.drillsim.exporters.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.drillsim.runformat.geo.GeoFeature;
import org.drillsim.runformat.geo.GeoGeometry;
import org.drillsim.runformat.geo.LonLat;
import org.junit.jupiter.api.Test;

class HazardLevelsTest {
    private static GeoFeature zone(double depth) {
        return GeoFeature.of(new GeoGeometry.Point(LonLat.of(126.6, 45.8)), "kind", "flood", "level", "depth>=" + depth,
                "intensity", depth, "unit", "m");
    }

    @Test
    void fiveDepthBandsSpreadOverFourColours() {
        List<GeoFeature> zones = new ArrayList<>();
        for (double d : new double[] {2.0, 0.1, 1.0, 0.3, 0.5}) {
            zones.add(zone(d));
        }
        HazardLevels h = HazardLevels.of(zones);
        // ranks 0..4 of 5 → 1 + rank * 4 / 5 = 1, 1, 2, 3, 4
        assertEquals(List.of(4, 1, 3, 1, 2), zones.stream().map(h::level).toList());
        assertEquals("淹没水深 ≥ 0.1 m", h.labels().get(1).zh(), "a shared colour is labelled by its shallowest band");
        assertEquals("flood depth ≥ 2 m", h.labels().get(4).en());
    }

    @Test
    void fewBandsTakeTheFirstColours() {
        HazardLevels h = HazardLevels.of(List.of(zone(0.3), zone(1.0)));
        assertEquals(1, h.level(zone(0.3)));
        assertEquals(2, h.level(zone(1.0)));
    }
}
