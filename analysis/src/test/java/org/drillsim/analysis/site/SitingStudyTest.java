package org.drillsim.analysis.site;

import org.drillsim.analysis.gap.LineWorld;
import org.drillsim.analysis.gap.ReplicationBatch;
import org.drillsim.analysis.gap.TargetCheck;
import org.drillsim.analysis.siting.SitingObjective;
import org.drillsim.analysis.siting.SitingSettings;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.format.model.Scenario;
import org.drillsim.world.CellEffect;
import org.drillsim.world.HazardTick;
import org.drillsim.world.HazardTimeline;
import org.drillsim.world.ScenarioSite;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Siting on the hand-made line world of {@link LineWorld}: 8 nodes 780 m apart, 2 minutes per segment, the hospital
 * with the ambulances at node 0, the demand at one node. On a 500 m grid every node is its own candidate.
 */
class SitingStudyTest {
    private static final CandidateFinder.Limits EVERY_NODE = new CandidateFinder.Limits(0, 100, 500);

    private static SitingRequest request(SiteKind kind, SitingObjective objective, double within) {
        return new SitingRequest(kind, 1, objective, within, EVERY_NODE, SitingSettings.DEFAULT);
    }

    @Test
    void medianPutsTheAmbulanceBaseAtTheCasualties() {
        ScenarioSite site = LineWorld.site(2, 10);
        SitingPlan plan = SitingStudy.run(site, null, request(SiteKind.AMBULANCE_BASE, SitingObjective.P_MEDIAN, 15));
        assertEquals(8, plan.candidates().list().size(), "one candidate per node");
        assertEquals(1, plan.proposed().size());
        assertEquals(5, plan.proposed().get(0).candidate().node(), "the casualties are at node 5");
        assertEquals(10.0, plan.before(), 1e-9, "from node 0: 5 segments × 2 min");
        assertEquals(0.0, plan.after(), 1e-9);
        assertEquals(0.0, plan.gapPercent(), 1e-9, "proven optimal");
        assertEquals(10.0, plan.proposed().get(0).served(), 1e-9, "it serves all 10 casualties");
    }

    @Test
    void theWorstRoadStateCutsOffTheExistingBase() {
        // the hazard closes the road between nodes 2 and 3 for one tick: in the worst state the existing base at node 0
        // never reaches the casualties at node 5; nodes 0–2 lie outside the larger connected part (3–7) and node 3
        // touches the closure, so none of them is a candidate
        Scenario s = LineWorld.scenario(2);
        RoadNetwork net = LineWorld.line(8, 2.0);
        ScenarioSite site = LineWorld.site(s, net, 5, 10, closingAt(net, s.horizonMs(), 2, 3, 4));
        SitingPlan plan = SitingStudy.run(site, null, request(SiteKind.AMBULANCE_BASE, SitingObjective.MAX_COVERING, 5));
        assertEquals(2, plan.roads().closedEdges(), "both directions of one road");
        assertEquals(4, plan.candidates().excluded(), "nodes 0, 1, 2 cut off, node 3 at the closure");
        assertEquals(0.0, plan.before(), 1e-9, "nothing covered from node 0");
        assertEquals(10.0, plan.after(), 1e-9, "all 10 covered");
        int node = plan.proposed().get(0).candidate().node();
        assertTrue(node >= 4 && node <= 7, "within 5 minutes of node 5 and past the closure: " + node);
        assertEquals(0.0, plan.gapPercent(), 1e-9);
    }

    @Test
    void shelterGoesWhereTheDisplacedAre() {
        Scenario s = LineWorld.scenario(2);
        RoadNetwork net = LineWorld.line(8, 2.0);
        ScenarioSite site = LineWorld.site(s, net, 7, 500, displacedAt(s.horizonMs()));
        SitingPlan plan = SitingStudy.run(site, null, request(SiteKind.SHELTER, SitingObjective.P_MEDIAN, 30));
        assertTrue(plan.existing().isEmpty());
        assertEquals(7, plan.proposed().get(0).candidate().node());
        assertEquals(500.0, plan.demand().total(), 1e-9);
        assertEquals("displaced residents", plan.demand().what().en());
    }

    @Test
    void reSimulationWithTheNewBaseImprovesTheMedicalTarget() {
        // 2 ambulances at node 0 reach 2 of 10 casualties in 2 h (one each: 120 min on scene); a new base with 2 more
        // ambulances at node 5 reaches 2 more
        ScenarioSite site = LineWorld.site(2, 10);
        SitingPlan plan = SitingStudy.run(site, null, request(SiteKind.AMBULANCE_BASE, SitingObjective.P_MEDIAN, 15));
        ScenarioSite after = ProposedSites.apply(site, plan, 2);
        assertEquals("new-ambulance-base-1", after.facility("new-ambulance-base-1").id());
        assertEquals(5, after.facility("new-ambulance-base-1").node());
        double before = TargetCheck.of(ReplicationBatch.run(site, 5L, 2, 1, null).target("medical-2h"), 0.95).mean();
        double now = TargetCheck.of(ReplicationBatch.run(after, 5L, 2, 1, null).target("medical-2h"), 0.95).mean();
        assertEquals(0.2, before, 1e-9);
        assertEquals(0.4, now, 1e-9);
    }

    @Test
    void sitesFilesReadBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        ScenarioSite site = LineWorld.site(2, 10);
        SitingPlan plan = SitingStudy.run(site, null, request(SiteKind.AMBULANCE_BASE, SitingObjective.P_MEDIAN, 15));
        var before = ReplicationBatch.run(site, 5L, 2, 1, null);
        var after = ReplicationBatch.run(ProposedSites.apply(site, plan, 2), 5L, 2, 1, null);
        SitesFiles.write(dir, site, plan, new SitesFiles.Comparison(5L, 2, 0.95, before, after, 2));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var json = mapper.readTree(dir.resolve(SitesFiles.JSON).toFile());
        assertEquals("ambulance-base", json.get("kind").asText());
        assertEquals("median", json.get("objective").asText());
        assertEquals("new-ambulance-base-1", json.get("proposed").get(0).get("id").asText());
        assertEquals(10.0, json.get("objectiveValue").get("before").asDouble(), 1e-9);
        assertEquals(0.2, json.get("targets").get(0).get("before").get("mean").asDouble(), 1e-9);
        assertEquals(0.4, json.get("targets").get(0).get("after").get("mean").asDouble(), 1e-9);
        var geo = mapper.readTree(dir.resolve(SitesFiles.GEOJSON).toFile());
        assertEquals("FeatureCollection", geo.get("type").asText());
        var proposed = geo.get("features").get(0);
        assertEquals("proposed", proposed.get("properties").get("role").asText());
        assertEquals(LineWorld.LON0 + 5 * LineWorld.STEP, proposed.get("geometry").get("coordinates").get(0).asDouble(), 1e-6);
        assertEquals("existing", geo.get("features").get(1).get("properties").get("role").asText());
        String table = SiteTable.plan(site, plan, 2) + SiteTable.comparison(
                new SitesFiles.Comparison(5L, 2, 0.95, before, after, 2));
        assertTrue(table.contains("new-ambulance-base-1") && table.contains("+20.0 个百分点 pts"), table);
    }

    @Test
    void worstRoadsTakeTheSmallestFactorOverAllTicks() {
        Scenario s = LineWorld.scenario(2);
        RoadNetwork net = LineWorld.line(8, 2.0);
        ScenarioSite site = LineWorld.site(s, net, 5, 10, closingAt(net, s.horizonMs(), 2, 3, 4));
        WorstRoads w = WorstRoads.of(site, false);
        assertTrue(w.nearClosure()[2] && w.nearClosure()[3]);
        assertFalse(w.nearClosure()[1] || w.nearClosure()[4]);
        for (int v = 0; v < 8; v++) {
            assertEquals(v >= 3, w.main()[v], "the larger connected part is nodes 3–7: node " + v);
        }
        assertEquals(4, w.nearestOpen(net, 3), "node 3 is carried to its open neighbour");
        assertEquals(4, w.nearestOpen(net, 2), "node 2 too: nodes 0–2 are cut off from the main part");
        assertEquals(4, w.nearestOpen(net, 0));
        assertEquals(5, w.nearestOpen(net, 5));
    }

    /** Injuries at cell 0 at T+0; the road a–b closed at tick {@code tick} only. */
    private static HazardTimeline closingAt(RoadNetwork net, long horizonMs, int a, int b, int tick) {
        List<Integer> edges = new ArrayList<>();
        for (int e = 0; e < net.edgeCount(); e++) {
            int f = net.edgeFrom(e);
            int t = net.edgeTo(e);
            if ((f == a && t == b) || (f == b && t == a)) {
                edges.add(e);
            }
        }
        edges.sort(null);
        int[] closed = edges.stream().mapToInt(Integer::intValue).toArray();
        List<CellEffect> hurt = List.of(new CellEffect(0, "test-hazard", HazardKind.FLOOD,
                new PeopleEffect(false, ProtectiveAction.NONE, 1.0, 0, "test")));
        long step = HazardTimeline.DEFAULT_TICK_MS;
        List<HazardTick> ticks = new ArrayList<>();
        int k = 0;
        for (long t = 0; t <= horizonMs; t += step, k++) {
            boolean shut = k == tick;
            ticks.add(new HazardTick(k, t, shut ? closed : new int[0], shut ? new float[closed.length] : new float[0],
                    shut ? filled(closed.length) : new boolean[0], hurt));
        }
        return HazardTimeline.of(step, ticks);
    }

    private static boolean[] filled(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    /** Everyone in cell 0 displaced from T+0. */
    private static HazardTimeline displacedAt(long horizonMs) {
        List<CellEffect> moved = List.of(new CellEffect(0, "test-hazard", HazardKind.FLOOD,
                new PeopleEffect(true, ProtectiveAction.EVACUATE, 0, 0, "test")));
        long step = HazardTimeline.DEFAULT_TICK_MS;
        List<HazardTick> ticks = new ArrayList<>();
        int k = 0;
        for (long t = 0; t <= horizonMs; t += step, k++) {
            ticks.add(new HazardTick(k, t, new int[0], new float[0], new boolean[0], moved));
        }
        return HazardTimeline.of(step, ticks);
    }
}
