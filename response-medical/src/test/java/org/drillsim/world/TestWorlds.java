package org.drillsim.world;

import org.drillsim.routing.RoadClass;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.model.Scenario;

import java.util.ArrayList;
import java.util.List;

/** Small hand-made worlds with known travel times, for tests. */
final class TestWorlds {
    /** Longitude step between nodes of the line (about 780 m at 45.7 N). */
    static final double STEP = 0.01;
    static final double LAT = 45.70;
    static final double LON0 = 126.50;

    private TestWorlds() {
    }

    /**
     * A straight two-way road of {@code n} nodes, node i at (LAT, LON0 + i·STEP), each segment taking
     * {@code minutesPerSegment} in both directions.
     */
    static RoadNetwork line(int n, double minutesPerSegment) {
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

    static double lon(int node) {
        return LON0 + node * STEP;
    }

    /** Parses a scenario YAML (with the test's sections) wrapped with the mandatory fields. */
    static Scenario scenario(String body, double horizonHours) {
        return scenario(body, horizonHours, 1.0);
    }

    /** Same, with the share of the flooded residents exposed to the water ({@code exposedShare} of test-hazard). */
    static Scenario scenario(String body, double horizonHours, double exposedShare) {
        String text = """
                id: test-world
                name: {zh: 测试, en: test}
                map:
                  synthetic: {seed: 1, approxNodes: 500}
                population: {totalPeople: 10, source: test, gridCellM: 250, method: uniform}
                hazards:
                  - type: flood
                    id: test-hazard
                    riverPolygonsLonLat: [[[126.0, 45.0], [126.01, 45.0], [126.01, 45.01], [126.0, 45.01]]]
                    hydrograph: [{atHours: 0, stageM: 0}, {atHours: 1, stageM: 0}]
                    exposedShare: %s
                horizonHours: %s
                """.formatted(exposedShare, horizonHours) + body;
        try {
            return ScenarioLoader.parse(text, "test-world.yaml");
        } catch (org.drillsim.format.io.ScenarioException e) {
            throw new AssertionError(e.toString() + "\n" + text, e);
        }
    }

    /** A timeline with one tick at 0 injuring everyone in the listed cells ({@code injury} fraction), then quiet. */
    static HazardTimeline injuryAtStart(long horizonMs, double injury, int... cells) {
        long tick = HazardTimeline.DEFAULT_TICK_MS;
        List<HazardTick> ticks = new ArrayList<>();
        List<CellEffect> effects = new ArrayList<>();
        for (int c : cells) {
            effects.add(new CellEffect(c, "test-hazard", HazardKind.FLOOD,
                    new PeopleEffect(false, ProtectiveAction.NONE, injury, 0, "test")));
        }
        List<CellEffect> fixed = List.copyOf(effects);
        int k = 0;
        for (long t = 0; t <= horizonMs; t += tick, k++) {
            ticks.add(new HazardTick(k, t, new int[0], new float[0], new boolean[0], fixed));
        }
        return HazardTimeline.of(tick, ticks);
    }
}
