package org.drillsim.analysis.gap;

import org.drillsim.routing.RoadClass;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.model.Scenario;
import org.drillsim.world.CellEffect;
import org.drillsim.world.HazardTick;
import org.drillsim.world.HazardTimeline;
import org.drillsim.world.ScenarioSite;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made world for gap tests: a straight two-way road of 8 nodes, 2 minutes per segment (node i at
 * 45.70 N, 126.50 + 0.01·i E); one hospital with ambulances at node 0; {@code casualties} residents at node 5
 * (10 minutes away) all injured at T+0. Units stay 120 minutes on scene, so within the 2-hour medical target each
 * ambulance first-treats exactly one casualty (call at T+10 min, on scene at T+20 min, busy until T+140 min):
 * the share within 2 h is min(ambulances, casualties) / casualties in every replication.
 */
public final class LineWorld {
    public static final double LAT = 45.70;
    public static final double LON0 = 126.50;
    public static final double STEP = 0.01;

    private LineWorld() {
    }

    public static RoadNetwork line(int n, double minutesPerSegment) {
        RoadNetwork.Builder b = RoadNetwork.builder("test-line");
        for (int i = 0; i < n; i++) {
            b.addNode(LAT, LON0 + i * STEP);
        }
        long ms = Math.round(minutesPerSegment * 60_000);
        for (int i = 0; i + 1 < n; i++) {
            b.addRoad(i, i + 1, 780, ms, ms, RoadClass.values()[0], "line", false, false, null);
        }
        return b.build();
    }

    /** The scenario: one hospital {@code h1} at node 0 and one ambulance fleet there. */
    public static Scenario scenario(int ambulances) {
        String text = """
                id: gap-line
                name: {zh: 差距测试, en: gap test}
                map:
                  synthetic: {seed: 1, approxNodes: 500}
                population: {totalPeople: 10, source: test, gridCellM: 250, method: uniform}
                facilities:
                  hospitals:
                    items:
                      - {id: h1, name: {zh: 医院, en: Hospital}, location: {lat: 45.70, lon: 126.50}, beds: 100}
                fleets:
                  - {id: amb, type: ambulance, base: h1, count: %d}
                hazards:
                  - type: flood
                    id: test-hazard
                    riverPolygonsLonLat: [[[126.0, 45.0], [126.01, 45.0], [126.01, 45.01], [126.0, 45.01]]]
                    hydrograph: [{atHours: 0, stageM: 0}, {atHours: 1, stageM: 0}]
                targets:
                  - {id: medical-2h}
                policy: {onSceneMinutes: 120, alertDelayMinutes: 10}
                horizonHours: 3
                """.formatted(ambulances);
        try {
            return ScenarioLoader.parse(text, "gap-line.yaml");
        } catch (ScenarioException e) {
            throw new AssertionError(e.toString(), e);
        }
    }

    /** The site with {@code ambulances} ambulances and {@code casualties} people injured at node 5 at T+0. */
    public static ScenarioSite site(int ambulances, int casualties) {
        Scenario s = scenario(ambulances);
        return site(s, line(8, 2.0), 5, casualties, injuryAtStart(s.horizonMs(), 0));
    }

    /** A site of {@code scenario} on {@code net} with one cell of {@code people} at node {@code cellNode}. */
    public static ScenarioSite site(Scenario scenario, RoadNetwork net, int cellNode, int people, HazardTimeline timeline) {
        ScenarioSite.Builder b = ScenarioSite.builder(scenario, net);
        scenario.facilities().hospitals().items().forEach(b::hospital);
        b.cell(LON0 + cellNode * STEP, LAT, people);
        return b.timeline(timeline).build();
    }

    /** Ticks every 15 minutes, each injuring everyone in {@code cell} (the medical module acts on the first). */
    public static HazardTimeline injuryAtStart(long horizonMs, int cell) {
        long tick = HazardTimeline.DEFAULT_TICK_MS;
        List<CellEffect> fixed = List.of(new CellEffect(cell, "test-hazard", HazardKind.FLOOD,
                new PeopleEffect(false, ProtectiveAction.NONE, 1.0, 0, "test")));
        List<HazardTick> ticks = new ArrayList<>();
        int k = 0;
        for (long t = 0; t <= horizonMs; t += tick, k++) {
            ticks.add(new HazardTick(k, t, new int[0], new float[0], new boolean[0], fixed));
        }
        return HazardTimeline.of(tick, ticks);
    }
}
