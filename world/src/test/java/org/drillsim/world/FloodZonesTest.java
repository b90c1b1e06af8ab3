package org.drillsim.world;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.flood.FloodModel;
import org.drillsim.hazards.HazardZone;
import org.drillsim.format.library.ScenarioLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The flood zones and the response model agree on the river (hazard note: zones include the water): at every hour
 * each zone is one piece without a hole that covers the river, bridges over it stay open, and nobody lives in it.
 */
class FloodZonesTest {
    static ScenarioSite site;
    static FloodModel flood;
    static Geometry river;

    @BeforeAll
    static void load() throws Exception {
        site = SiteLoader.load(ScenarioLibrary.load("synthetic-small"), null, null, null, SiteCache.disabled());
        flood = (FloodModel) site.hazards().get(0);
        river = flood.params().waterLonLat().get(0);
    }

    @Test
    void zonesIncludeTheRiverAtEveryHour() {
        int zones = 0;
        for (long h = 0; h <= 48; h++) {
            for (HazardZone z : flood.footprintAt(h * 3_600_000L).zones()) {
                Geometry g = z.polygon();
                assertEquals(1, g.getNumGeometries(), "T+" + h + " h " + z.level());
                assertEquals(0, ((Polygon) g.getGeometryN(0)).getNumInteriorRing(), "no hole at T+" + h + " h " + z.level());
                assertTrue(g.covers(river), "the river is inside " + z.level() + " at T+" + h + " h");
                zones++;
            }
        }
        assertTrue(zones > 100, "the flood has zones most of the time: " + zones);
    }

    @Test
    void bridgesOverTheFloodedRiverStayOpen() {
        RoadNetwork net = site.network();
        HazardTick peak = site.timeline().ticks().get(site.timeline().indexAt(24 * 3_600_000L));
        int bridgesInRiver = 0;
        for (int e = 0; e < net.edgeCount(); e++) {
            if (net.isBridge(e) && river.contains(net.geometry(e).getCentroid())) {
                bridgesInRiver++;
                assertTrue(java.util.Arrays.binarySearch(peak.edges(), e) < 0, "bridge edge " + e + " unaffected at the peak");
            }
        }
        assertTrue(bridgesInRiver >= 4, "the synthetic river has four bridges: " + bridgesInRiver);
        assertTrue(peak.closedEdgeCount() > 0, "streets beside the river are closed at the peak");
    }

    @Test
    void nobodyLivesInTheRiver() {
        var gf = RoadNetwork.geometryFactory();
        long total = 0;
        for (PopulationCell c : site.cells()) {
            assertFalse(river.contains(gf.createPoint(new Coordinate(c.lon(), c.lat()))), "cell " + c.index() + " in the river");
            total += c.people();
        }
        assertEquals(60_000, total, "the scenario's total is still spread exactly");
    }
}
