package org.drillsim.geodata;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Districts from boundary lines cut by the extract's edge, on a 10 × 10 extent computed by hand. */
class DistrictAssemblerTest {
    private static Coordinate c(double x, double y) {
        return new Coordinate(x, y);
    }

    /**
     * Extent [0,10]². West district W: x ≤ 4; east district E: 4 ≤ x ≤ 8; beyond x = 8 lies land of no known
     * district. The shared line x = 4 is cut at both ends (nodes beyond the extract missing) and stops short at
     * y = 1 and y = 9; E's eastern line x = 8 runs from y = 1 (cut, continued to the nearer south side) to y = 10. Only W has a label node.
     */
    @Test
    void labelsSpreadAcrossSharedAndOneSidedEdges() {
        List<Coordinate[]> shared = List.<Coordinate[]>of(new Coordinate[] {c(4, 1), c(4, 9)});
        var w = new DistrictAssembler.Boundary(1, "W", shared, List.of(new boolean[] {true, true}), List.of(c(1, 5)));
        var e = new DistrictAssembler.Boundary(2, "E",
                List.of(new Coordinate[] {c(4, 1), c(4, 9)}, new Coordinate[] {c(8, 1), c(8, 10)}),
                List.of(new boolean[] {true, true}, new boolean[] {true, false}), List.of());
        List<OsmArea> out = DistrictAssembler.assemble(List.of(w, e), new Envelope(0, 10, 0, 10));
        assertEquals(2, out.size());
        assertEquals("W", out.get(0).name());
        assertEquals(40.0, out.get(0).polygon().getArea(), 1e-9, "W = [0,4] × [0,10]");
        assertEquals("E", out.get(1).name());
        assertEquals(40.0, out.get(1).polygon().getArea(), 1e-9, "E = [4,8] × [0,10]; x > 8 is outside both");
        Districts d = Districts.fromOsm(out);
        assertEquals(0, d.indexAt(2, 2));
        assertEquals(1, d.indexAt(6, 9.5));
        assertEquals(-1, d.indexAt(9, 5));
    }

    @Test
    void aDistrictNoLabelReachesIsLeftOut() {
        var lone = new DistrictAssembler.Boundary(3, "L", List.<Coordinate[]>of(new Coordinate[] {c(5, 0), c(5, 10)}),
                List.of(new boolean[] {false, false}), List.of());
        assertEquals(List.of(), DistrictAssembler.assemble(List.of(lone), new Envelope(0, 10, 0, 10)));
    }
}
