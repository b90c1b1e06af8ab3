package org.drillsim.sweep;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GridTest {
    @Test
    void parsesAmountsAndPluralNames() {
        Axis a = Axis.parse("ambulances=+0,+2,+4");
        assertEquals("ambulances", a.resource());
        assertArrayEquals(new double[] {0, 2, 4}, a.amounts());
        assertEquals("ambulance", a.resourceIn(List.of("ambulance", "medical-team")));
        assertThrows(IllegalArgumentException.class, () -> Axis.parse("ambulances"));
        assertThrows(IllegalArgumentException.class, () -> Axis.parse("ambulances=+x"));
        assertThrows(IllegalArgumentException.class, () -> a.resourceIn(List.of("truck")));
    }

    @Test
    void gridIsTheProductFirstAxisSlowest() {
        ScenarioSource src = ScenarioSource.of("synthetic-small", null);
        var base = src.buildSite();
        SweepGrid g = new SweepGrid(List.of(Axis.parse("ambulances=+0,+2,+4"), Axis.parse("medical-teams=+0,+2")));
        List<int[]> p = g.points(base);
        assertEquals(6, p.size());
        assertArrayEquals(new int[] {0, 0}, p.get(0));
        assertArrayEquals(new int[] {0, 2}, p.get(1));
        assertArrayEquals(new int[] {4, 2}, p.get(5));
        assertEquals("ambulance+4_medical-team+2", g.name(base, p.get(5)));
        int before = org.drillsim.analysis.gap.FleetVariant.countOf(base, org.drillsim.format.model.VehicleType.AMBULANCE);
        assertEquals(before + 4, org.drillsim.analysis.gap.FleetVariant.countOf(g.apply(base, p.get(5)),
                org.drillsim.format.model.VehicleType.AMBULANCE));
    }
}
