package org.drillsim.geodata;

import org.drillsim.format.model.BBox;
import org.drillsim.format.model.PopulationMethod;
import org.drillsim.format.model.PopulationModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PopulationGridTest {
    @Test
    void largestRemainderIsExactAndProportional() {
        assertArrayEquals(new long[]{4, 3, 3}, PopulationGrid.largestRemainder(new double[]{1, 1, 1}, 3, 10),
                "10/3 each: equal remainders, the spare person goes to the lowest index");
        assertArrayEquals(new long[]{0, 7, 3}, PopulationGrid.largestRemainder(new double[]{0, 7, 3}, 10, 10));
        assertArrayEquals(new long[]{1, 2}, PopulationGrid.largestRemainder(new double[]{1, 2}, 3, 3));
    }

    @Test
    void uniformGridSpreadsOverCellsWithRoads() {
        BBox box = new BBox(126.0, 45.0, 126.01, 45.01); // about 780 m × 1,110 m
        PopulationModel spec = new PopulationModel(1000, "test", 250.0, PopulationMethod.UNIFORM);
        PopulationGrid g = PopulationGrid.uniform(spec, box, new double[]{45.001, 45.001, 45.009}, new double[]{126.001, 126.0011, 126.009});
        assertEquals(1000, g.total());
        assertEquals(2, g.populatedCells().size());
        assertEquals(500, g.peopleAt(45.001, 126.001));
        assertEquals(0, g.peopleAt(45.005, 126.005));
        assertEquals(4, g.cols());
        assertEquals(5, g.rows());
    }

    /** Two cells with roads, one of them centred in a river: everyone lives in the other one, total kept exact. */
    @Test
    void uniformGridLeavesCellsCentredInTheRiverEmpty() {
        BBox box = new BBox(126.0, 45.0, 126.01, 45.01);
        PopulationModel spec = new PopulationModel(1000, "test", 250.0, PopulationMethod.UNIFORM);
        var gf = new org.locationtech.jts.geom.GeometryFactory();
        // row 2 spans 500–750 m north of the box (centre 625 m ≈ 45.00562 N): the river band covers its centre
        var river = gf.toGeometry(new org.locationtech.jts.geom.Envelope(125.9, 126.1, 45.0050, 45.0062));
        PopulationGrid g = PopulationGrid.uniform(spec, box, new double[]{45.001, 45.006}, new double[]{126.001, 126.009},
                java.util.List.of(river));
        assertEquals(1000, g.total());
        assertEquals(1000, g.peopleAt(45.001, 126.001));
        assertEquals(0, g.peopleAt(45.006, 126.009), "a bridge node in a cell centred in the river houses nobody");
    }

    @Test
    void noResidentialLandIsAnError() {
        BBox box = new BBox(126.0, 45.0, 126.01, 45.01);
        PopulationModel spec = new PopulationModel(1000, "test", 250.0, PopulationMethod.UNIFORM);
        var e = assertThrows(IllegalArgumentException.class, () -> PopulationGrid.uniform(spec, box, new double[0], new double[0]));
        assertTrue(e.getMessage().contains("no road nodes"));
    }

    @Test
    void harbinGridIsScaledExactlyAndEmptyOnTheRiver() throws IOException {
        OsmLayers harbin = new OsmLayerCache(Files.createTempDirectory("pop-cache")).layers(OsmLayersTest.HARBIN);
        BBox aoi = new BBox(126.506, 45.658, 126.772, 45.831);
        PopulationModel spec = new PopulationModel(4_000_000, "test", 250.0, PopulationMethod.OSM_BUILDINGS);
        PopulationGrid g = PopulationGrid.fromOsm(spec, aoi, harbin);
        assertEquals(4_000_000, g.total());
        var river = harbin.water().stream().filter(w -> w.osmId() == 2244973L).findFirst().orElseThrow().polygon();
        int inRiver = 0;
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                if (river.contains(g.cellPolygon(c, r))) {
                    inRiver++;
                    assertEquals(0, g.people(c, r), "cell " + c + "," + r + " lies wholly in the Songhua");
                }
            }
        }
        assertTrue(inRiver > 50, "cells wholly in the river: " + inRiver);
        // the old city (Daoli / Nangang / Daowai) is denser than the extract's south-eastern outskirts
        double core = meanPerCell(g, new BBox(126.60, 45.73, 126.68, 45.78));
        double outskirts = meanPerCell(g, new BBox(126.70, 45.66, 126.77, 45.70));
        assertTrue(core > 2 * outskirts, "core " + core + " vs outskirts " + outskirts);
        PopulationGrid landuse = PopulationGrid.fromOsm(new PopulationModel(4_000_000, "test", 250.0,
                PopulationMethod.OSM_LANDUSE), aoi, harbin);
        assertEquals(4_000_000, landuse.total());
    }

    /** Mean residents per cell (populated or not) of the cells whose centre lies in the box. */
    static double meanPerCell(PopulationGrid g, BBox box) {
        long people = 0;
        int cells = 0;
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                if (box.contains(g.centerLat(r), g.centerLon(c))) {
                    people += g.people(c, r);
                    cells++;
                }
            }
        }
        return (double) people / cells;
    }
}
