package org.drillsim.analysis.gap;

import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.world.ScenarioSite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GapAnalysisTest {
    private static GapSettings settings(int capMin) {
        return new GapSettings(11L, 3, 0.95, 2, 1.0, capMin, 10, 50, List.of("ambulance"));
    }

    @Test
    void baselineShareIsAmbulancesOverCasualties() {
        RunSummary s = ReplicationBatch.run(LineWorld.site(2, 10), 11L, 3, 2, null);
        TargetCheck c = TargetCheck.of(s.target("medical-2h"), 0.95);
        assertEquals(0.2, c.mean(), 1e-9, "2 ambulances, 10 casualties, one each within 2 h");
        assertEquals(0.2, c.low(), 1e-9, "the same in every replication: no spread");
        assertEquals(false, c.meets());
        assertEquals(0.8 - 0.05, c.shortfall(s.target("medical-2h").first()), 1e-9, "required 0.95 − 0.20");
    }

    @Test
    void findsTheSmallestAmbulanceAddition() {
        // 10 casualties, one per ambulance within 2 h: 0.95 needs all 10 ambulances, i.e. 8 more than the 2 there are
        GapReport r = new GapAnalysis(LineWorld.site(2, 10), settings(10), null).run(null);
        GapReport.ResourceGap amb = r.resources().get(0);
        assertEquals("ambulance", amb.id());
        GapReport.Finding f = amb.findings().get(0);
        assertEquals("medical-2h", f.targetId());
        assertEquals(GapReport.Status.FOUND, f.status());
        assertEquals(8, f.step());
        assertEquals(8.0, f.amount());
        assertEquals(1.0, f.check().mean(), 1e-9);
        for (GapReport.Point p : amb.points()) {
            double expected = Math.min(2 + p.step(), 10) / 10.0;
            assertEquals(expected, p.checks().get("medical-2h").mean(), 1e-9, "share at +" + p.step());
        }
        // baseline, the cap (10), exponential 1, 2, 4, 8, then binary search between 4 and 8 (6, then 7 or 5):
        // at most 8 batches, each step played once
        assertTrue(r.evaluations() <= 8, "evaluations: " + r.evaluations());
    }

    @Test
    void saysWhenTheCapIsNotEnough() {
        GapReport r = new GapAnalysis(LineWorld.site(2, 10), settings(5), null).run(null);
        assertEquals(2, r.evaluations(), "the baseline and the cap: missing at the cap ends the search");
        GapReport.Finding f = r.resources().get(0).findings().get(0);
        assertEquals(GapReport.Status.NOT_MET_WITHIN_CAP, f.status());
        assertEquals(5, r.resources().get(0).cap());
        assertEquals(0.7, f.check().mean(), 1e-9, "at the cap: 7 ambulances for 10 casualties");
    }

    @Test
    void aMetTargetNeedsNoSearch() {
        GapReport r = new GapAnalysis(LineWorld.site(10, 10), settings(10), null).run(null);
        GapReport.Finding f = r.resources().get(0).findings().get(0);
        assertEquals(GapReport.Status.ALREADY_MET, f.status());
        assertEquals(0, f.step());
        assertEquals(1, r.evaluations(), "only the baseline was played");
    }

    @Test
    void variantsKeepTheSharedTimelineAndCells() {
        ScenarioSite base = LineWorld.site(3, 10);
        ScenarioSite more = new FleetVariant(org.drillsim.format.model.VehicleType.AMBULANCE,
                new org.drillsim.format.model.LocalizedText("救护车", "ambulances"), TargetReach.MEDICAL, 10).apply(base, 4);
        assertEquals(7, FleetVariant.countOf(more, org.drillsim.format.model.VehicleType.AMBULANCE));
        assertTrue(more.timeline() == base.timeline(), "timeline shared, not recomputed");
        assertTrue(more.routes() == base.routes(), "route cache shared");
        assertEquals(base.cells(), more.cells());
        assertEquals(base.facilities(), more.facilities());
    }
}
