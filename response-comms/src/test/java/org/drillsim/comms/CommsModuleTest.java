package org.drillsim.comms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drillsim.core.SimTime;
import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Scenario;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.routing.RoadClass;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.CellEffect;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.HazardTick;
import org.drillsim.world.HazardTimeline;
import org.drillsim.world.ResponseModule;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.TargetClock;
import org.drillsim.world.World;
import org.drillsim.world.WorldOptions;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.score.Scorecard;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Hand-computed outages on a straight road of 10-minute segments (node i at 126.50 + 0.01·i E, 45.70 N, about
 * 778 m apart): cells flood at T+0, their stations fall silent after the battery time, one team at node 0 restores
 * zone after zone.
 */
class CommsModuleTest {
    static final double LAT = 45.70;

    static RoadNetwork line(int n) {
        RoadNetwork.Builder b = RoadNetwork.builder("comms-test-line");
        for (int i = 0; i < n; i++) {
            b.addNode(LAT, 126.50 + i * 0.01);
        }
        for (int i = 0; i + 1 < n; i++) {
            b.addRoad(i, i + 1, 780, 600_000, 600_000, RoadClass.PRIMARY, "line-" + i, false, false, null);
        }
        return b.build();
    }

    static Scenario scenario(String comms, double horizonHours) {
        String text = """
                id: comms-test
                name: {zh: 测试, en: test}
                map:
                  synthetic: {seed: 1, approxNodes: 500}
                population: {totalPeople: 10, source: test, gridCellM: 250, method: uniform}
                facilities:
                  depots:
                    - {id: d0, name: {zh: d0}, location: {lat: 45.70, lon: 126.50}, stock: {quilts: 1}}
                teams:
                  - {id: comms, type: communications, headcount: 8, capabilities: [communications], home: d0}
                hazards:
                  - type: flood
                    id: test-hazard
                    riverPolygonsLonLat: [[[126.0, 45.0], [126.01, 45.0], [126.01, 45.01], [126.0, 45.01]]]
                    hydrograph: [{atHours: 0, stageM: 0}, {atHours: 1, stageM: 0}]
                targets: [{id: comms-24h}]
                communications: %s
                horizonHours: %s
                """.formatted(comms, horizonHours);
        try {
            return ScenarioLoader.parse(text, "comms-test.yaml");
        } catch (org.drillsim.format.io.ScenarioException e) {
            throw new AssertionError(e.toString(), e);
        }
    }

    /** Cells at the given nodes with the given people, all flooded (displaced) from T+0. */
    static World world(Scenario sc, int[] nodes, long[] people) {
        ScenarioSite.Builder b = ScenarioSite.builder(sc, line(5))
                .depot(new Depot("d0", new LocalizedText("d0", "d0"), new GeoPoint(LAT, 126.50), Map.of()));
        List<CellEffect> effects = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            b.cell(126.50 + nodes[i] * 0.01, LAT, people[i]);
            effects.add(new CellEffect(i, "test-hazard", HazardKind.FLOOD,
                    new PeopleEffect(true, ProtectiveAction.EVACUATE, 0, 0, "test")));
        }
        long tick = HazardTimeline.DEFAULT_TICK_MS;
        List<HazardTick> ticks = new ArrayList<>();
        int k = 0;
        for (long t = 0; t <= sc.horizonMs(); t += tick, k++) {
            ticks.add(new HazardTick(k, t, new int[0], new float[0], new boolean[0], List.copyOf(effects)));
        }
        ScenarioSite site = b.timeline(HazardTimeline.of(tick, ticks)).build();
        List<Supplier<ResponseModule>> mods = List.of(CommsModule::new);
        World w = World.create(site, 1, 1, WorldOptions.baseline(EventLog.inMemory()).withModules(mods));
        w.run();
        return w;
    }

    /** Battery 3 h → silent at T+3 h; 40 min to node 4; 2 h on site → restored at T+5:40, 2:40 after the outage. */
    @Test
    void oneZoneIsRestoredAfterTravelAndWork() {
        World w = world(scenario("{batteryHours: 3, zoneKm: 2, restoreHours: 2, peoplePerBaseStation: 100}", 10),
                new int[] {4}, new long[] {1000});
        List<TargetClock> clocks = w.clocks().of(ClockSpan.COMMS);
        assertEquals(1, clocks.size());
        assertEquals(SimTime.ofMinutes(180), clocks.get(0).startMs());
        assertEquals(SimTime.ofMinutes(180 + 40 + 120), clocks.get(0).stopMs());
        assertEquals(1000, clocks.get(0).weight());
        assertEquals(10, w.indicators().get("comms.stations-out").value(), "1000 people / 100 per station");
        assertEquals(1.0, Scorecard.evaluate(w).target("comms-24h").value(), 1e-12);
    }

    /**
     * Two zones (0.5 km zones, the cells 1.56 km apart), one team, 12 h on site: zone A (node 2, 1000 people) is
     * restored at 3 h + 20 min + 12 h = T+15:20 (12:20 after the outage), zone B (node 4, 3000 people) at
     * 15:20 + 20 min + 12 h = T+27:40, 24:40 after its outage: the share within 24 h is 1000 / 4000 = 0.25.
     */
    @Test
    void theSecondZoneWaitsForTheTeamAndMissesTheTarget() {
        World w = world(scenario("{batteryHours: 3, zoneKm: 0.5, restoreHours: 12}", 30),
                new int[] {2, 4}, new long[] {1000, 3000});
        List<TargetClock> clocks = w.clocks().of(ClockSpan.COMMS);
        assertEquals(2, clocks.size());
        assertEquals(SimTime.ofMinutes(180 + 20 + 720), clocks.get(0).stopMs());
        assertEquals(SimTime.ofMinutes(180 + 20 + 720 + 20 + 720), clocks.get(1).stopMs());
        var t = Scorecard.evaluate(w).target("comms-24h");
        assertEquals(0.25, t.value(), 1e-12);
        assertFalse(t.pass());
    }

    /** Both cells in one 2 km zone: one restoration stops both clocks at once. */
    @Test
    void oneSetUpCoversTheWholeZone() {
        World w = world(scenario("{batteryHours: 0, zoneKm: 2, restoreHours: 1}", 10), new int[] {3, 4},
                new long[] {500, 500});
        List<TargetClock> clocks = w.clocks().of(ClockSpan.COMMS);
        assertEquals(2, clocks.size());
        // the zone's node is the first most-populated cell's (node 3): 30 min away, 1 h on site
        assertEquals(SimTime.ofMinutes(90), clocks.get(0).stopMs());
        assertEquals(clocks.get(0).stopMs(), clocks.get(1).stopMs());
        assertTrue(new CommsModule().feeds(w.scenario()).contains("comms-24h"));
    }
}
